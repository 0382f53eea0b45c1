import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import type { TagType } from '@shared/model'
import { api } from '../../api'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import { filterEntities, sortEntities } from './filter-sort'
import { EntityPickList } from './EntityPickList'
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
              <EntityPickList
                query={query}
                onQuery={setQuery}
                candidates={candidates}
                types={types}
                onPick={setInto}
                aside={(entity) => <span className="entity-link-list__count">{t('entities:mentionCount', { count: entity.mentionCount, formatted: fmt(entity.mentionCount) })}</span>}
                labels={{ search: t('entities:merge.searchLabel'), searchHint: t('entities:filterPlaceholder'), list: t('entities:merge.listLabel'), empty: t('entities:merge.noCandidates') }}
                className="entity-merge"
                testId="merge-candidate"
              />
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
