import type { ReactNode } from 'react'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import type { TagType } from '@shared/model'
import { Icon } from '../../components/Icon'
import { TypeBadge } from './TypeBadge'

interface Props {
  query: string
  onQuery: (query: string) => void
  candidates: EntitySummary[]
  types: TagType[]
  onPick: (entity: EntitySummary) => void
  /** Under each name (e.g. its other names). */
  below?: (entity: EntitySummary) => ReactNode
  /** At the end of each row (e.g. its mention count). */
  aside?: (entity: EntitySummary) => ReactNode
  labels: { search: string; searchHint: string; list: string; empty: string | null }
  /** Extra class names of the search box and the list, for the dialog's own layout. */
  className: string
  testId: string
}

/** A search box over registry entities and the list to pick one from (merging into, linking to). */
export function EntityPickList({ query, onQuery, candidates, types, onPick, below, aside, labels, className, testId }: Props) {
  return (
    <>
      <div className={`search ${className}__search`}>
        <Icon name="search" />
        <input type="search" className="search__input" value={query} autoFocus onChange={(event) => onQuery(event.target.value)} placeholder={labels.searchHint} aria-label={labels.search} />
      </div>
      {candidates.length === 0 && labels.empty !== null ? (
        <p className="entity-panel__empty">{labels.empty}</p>
      ) : (
        <ul className={`entity-link-list ${className}__list`} aria-label={labels.list}>
          {candidates.map((entity) => (
            <li key={entity.id}>
              <button type="button" className="entity-link-list__item" onClick={() => onPick(entity)} data-testid={testId}>
                <span className="entity-link-list__main">
                  <TypeBadge type={entity.type} schema={types} />
                  <span className="entity-link-list__title">{entity.name}</span>
                  {below?.(entity)}
                </span>
                {aside?.(entity)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
