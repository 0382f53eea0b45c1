import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import type { TagType } from '@shared/model'
import { Icon } from '../../components/Icon'
import { formatNumber } from '../../format'
import { filterEntities, otherNames } from '../entities/filter-sort'
import { TypeBadge } from '../entities/TypeBadge'

const SHOWN = 8

interface Props {
  entities: EntitySummary[]
  schema: TagType[]
  selected: EntitySummary | null
  onSelect: (id: string | null) => void
}

/** A combobox over the registry (any language's names, aliases): the entity whose mentions the timeline follows. */
export function EntityPicker({ entities, schema, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const listId = useId()
  const matches = useMemo(
    () => filterEntities(entities, query).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)).slice(0, SHOWN),
    [entities, query]
  )
  const choose = (entity: EntitySummary) => {
    onSelect(entity.id)
    setQuery('')
    setOpen(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (matches.length === 0 ? 0 : (i + step + matches.length) % matches.length))
    } else if (event.key === 'Enter' && open && matches[active]) {
      event.preventDefault()
      choose(matches[active])
    } else if (event.key === 'Escape') {
      setOpen(false)
    }
  }

  return (
    <div className="explore-picker">
      {selected && (
        <span className="explore-picker__chosen" data-testid="explore-selected-entity">
          <TypeBadge type={selected.type} schema={schema} />
          <span className="explore-picker__name">{selected.name}</span>
          {otherNames(selected).length > 0 && <span className="explore-picker__other">{otherNames(selected).join(' · ')}</span>}
          <a className="button button--small" href={`#/entity/${encodeURIComponent(selected.id)}`}>
            {t('explore:openEntity')}
          </a>
          <button type="button" className="icon-button" onClick={() => onSelect(null)} aria-label={t('explore:picker.clear')} title={t('explore:picker.clear')}>
            <Icon name="close" size={16} />
          </button>
        </span>
      )}
      <div className="search explore-picker__search">
        <Icon name="entity" />
        <input
          type="text"
          className="search__input"
          role="combobox"
          aria-label={t('explore:picker.label')}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
          placeholder={t('explore:picker.hint')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul id={listId} role="listbox" className="explore-picker__list" aria-label={t('explore:picker.label')}>
            {matches.length === 0 ? (
              <li className="explore-picker__none" role="presentation">
                {t('explore:picker.none', { query })}
              </li>
            ) : (
              matches.map((entity, i) => (
                <li
                  key={entity.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`explore-picker__option${i === active ? ' is-active' : ''}`}
                  // Chosen on mouse down, before the input's blur closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault()
                    choose(entity)
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <TypeBadge type={entity.type} schema={schema} />
                  <span className="explore-picker__option-name">{entity.name}</span>
                  <span className="explore-picker__option-count">
                    {t('explore:picker.mentions', { count: entity.mentionCount, formatted: formatNumber(entity.mentionCount, i18n.language) })}
                  </span>
                </li>
              ))
            )}
          </ul>
        )}
      </div>
    </div>
  )
}
