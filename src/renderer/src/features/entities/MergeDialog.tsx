import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import type { TagType } from '@shared/model'
import { api } from '../../api'
import { Icon } from '../../components/Icon'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import { filterEntities, sortEntities } from './filter-sort'
import { TypeBadge } from './TypeBadge'
import { DialogHeader } from '../../components/DialogHeader'

interface Props {
  from: EntitySummary
  entities: EntitySummary[]
  types: TagType[]
  onMerged: (into: EntitySummary) => void
  onClose: () => void
}

/** Picks the entity to merge into (with search), then says what moves before merging. */
export function MergeDialog({ from, entities, types, onMerged, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const [query, setQuery] = useState('')
  const [into, setInto] = useState<EntitySummary | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const candidates = useMemo(
    () => sortEntities(filterEntities(entities.filter((e) => e.id !== from.id), query), { key: 'mentions', direction: 'desc' }, i18n.language).slice(0, 50),
    [entities, from.id, query, i18n.language]
  )
  const fmt = (n: number) => formatNumber(n, i18n.language)

  const merge = async () => {
    if (!into) return
    setBusy(true)
    const result = await api.mergeEntities({ from: from.id, into: into.id })
    setBusy(false)
    if (result.ok) onMerged(result.value)
    else setError(result.error)
  }

  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="modal__panel entity-merge" role="dialog" aria-modal="true" aria-labelledby="merge-title" data-testid="merge-dialog">
        <DialogHeader id="merge-title" title={t('entities:merge.title', { name: from.name })} onClose={onClose} />
        <div className="modal__body">
          {into ? (
            <div className="entity-merge__confirm" data-testid="merge-confirm">
              <p>{t('entities:merge.explain', { from: from.name, into: into.name, count: from.mentionCount, formatted: fmt(from.mentionCount) })}</p>
              <p className="entity-merge__undo">{t('entities:merge.undoHint')}</p>
            </div>
          ) : (
            <>
              <p className="entity-merge__hint">{t('entities:merge.hint')}</p>
              <div className="search entity-merge__search">
                <Icon name="search" />
                <input
                  type="search"
                  className="search__input"
                  value={query}
                  autoFocus
                  onChange={(event) => setQuery(event.target.value)}
                  placeholder={t('entities:filterPlaceholder')}
                  aria-label={t('entities:merge.searchLabel')}
                />
              </div>
              {candidates.length === 0 ? (
                <p className="entity-panel__empty">{t('entities:merge.noCandidates')}</p>
              ) : (
                <ul className="entity-link-list entity-merge__list" aria-label={t('entities:merge.listLabel')}>
                  {candidates.map((entity) => (
                    <li key={entity.id}>
                      <button type="button" className="entity-link-list__item" onClick={() => setInto(entity)} data-testid="merge-candidate">
                        <span className="entity-link-list__main">
                          <TypeBadge type={entity.type} schema={types} />
                          <span className="entity-link-list__title">{entity.name}</span>
                        </span>
                        <span className="entity-link-list__count">{t('entities:mentionCount', { count: entity.mentionCount, formatted: fmt(entity.mentionCount) })}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {error && (
            <p className="notice entity-notice notice--error" role="alert">
              {errorText(t, error)}
            </p>
          )}
        </div>
        <footer className="modal__footer entity-merge__footer">
          {into && (
            <button type="button" className="button" onClick={() => setInto(null)} disabled={busy}>
              {t('entities:merge.back')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('entities:cancel')}
          </button>
          {into && (
            <button type="button" className="button button--primary" onClick={() => void merge()} disabled={busy} autoFocus>
              {t('entities:merge.confirm', { into: into.name })}
            </button>
          )}
        </footer>
      </div>
    </div>
  )
}
