import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary, RegistryView } from '@shared/ipc/annotation-contract'
import type { BatchResult, LinkPreview } from '@shared/ipc/batch-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'
import { DialogHeader } from '../../components/DialogHeader'
import { Icon } from '../../components/Icon'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import { filterEntities, sortEntities } from '../entities/filter-sort'
import { EntityPickList } from '../entities/EntityPickList'
import { TypeBadge } from '../entities/TypeBadge'
import '../../styles/entities.css'
import '../../styles/batch.css'

interface Props {
  ids: string[]
  onLinked: (result: BatchResult, entity: EntitySummary) => void
  onClose: () => void
}

/**
 * "Link…" in the selection bar: pick a registry entity (searched by any of its names), see
 * how many unlinked mentions in the selected articles bear one of its names, then link them.
 */
export function LinkDialog({ ids, onLinked, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const [registry, setRegistry] = useState<RegistryView | null>(null)
  const [query, setQuery] = useState('')
  const [entity, setEntity] = useState<EntitySummary | null>(null)
  const [counted, setCounted] = useState<{ entity: string; preview: LinkPreview } | null>(null)
  const preview = entity && counted?.entity === entity.id ? counted.preview : null
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const fmt = (n: number) => formatNumber(n, i18n.language)

  useEffect(() => {
    void api.getRegistry({}).then((result) => (result.ok ? setRegistry(result.value) : setError(result.error)))
  }, [])
  useEffect(() => {
    if (!entity) return
    let live = true
    void api.previewLink({ ids, entity: entity.id }).then((result) => live && (result.ok ? setCounted({ entity: entity.id, preview: result.value }) : setError(result.error)))
    return () => {
      live = false
    }
  }, [entity, ids])

  const candidates = useMemo(
    () => (registry ? sortEntities(filterEntities(registry.entities, query), { key: 'mentions', direction: 'desc' }, i18n.language).slice(0, 50) : []),
    [registry, query, i18n.language]
  )

  const link = async () => {
    if (!entity) return
    setBusy(true)
    const result = await api.linkMentions({ ids, entity: entity.id })
    setBusy(false)
    if (result.ok) onLinked(result.value, entity)
    else setError(result.error)
  }

  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && !busy && (event.stopPropagation(), onClose())}>
      <div className="modal__panel batch-link" role="dialog" aria-modal="true" aria-labelledby="batch-link-title" data-testid="batch-link">
        <DialogHeader id="batch-link-title" title={t('batch:link.title', { count: ids.length, formatted: fmt(ids.length) })} onClose={onClose} />
        <div className="modal__body">
          {entity ? (
            <div className="batch-link__preview" aria-live="polite" data-testid="batch-link-preview">
              <p className="batch-link__entity">
                <TypeBadge type={entity.type} schema={registry?.schema.types ?? []} />
                <strong>{entity.name}</strong>
              </p>
              <p>
                {preview === null
                  ? t('batch:link.counting')
                  : preview.annotations === 0
                    ? t('batch:link.none')
                    : t('batch:link.willLink', { count: preview.annotations, formatted: fmt(preview.annotations), articles: fmt(preview.articles) })}
              </p>
              <p className="batch-link__hint">{t('batch:link.hint')}</p>
            </div>
          ) : (
            <>
              <p className="batch-link__hint">{t('batch:link.explain')}</p>
              <EntityPickList
                query={query}
                onQuery={setQuery}
                candidates={candidates}
                types={registry?.schema.types ?? []}
                onPick={setEntity}
                below={(candidate) => <span className="batch-link__names">{Object.values(candidate.names).filter((name) => name !== candidate.name).join(' · ')}</span>}
                labels={{ search: t('batch:link.searchLabel'), searchHint: t('batch:link.searchPlaceholder'), list: t('batch:link.listLabel'), empty: registry ? t('batch:link.noEntities') : null }}
                className="batch-link"
                testId="batch-link-candidate"
              />
            </>
          )}
          {error && (
            <p className="notice notice--error" role="alert">
              {errorText(t, error)}
            </p>
          )}
        </div>
        <footer className="modal__footer batch-link__footer">
          {entity && (
            <button type="button" className="button" onClick={() => setEntity(null)} disabled={busy}>
              {t('batch:link.back')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('batch:cancel')}
          </button>
          {entity && (
            <button type="button" className="button button--primary" onClick={() => void link()} disabled={busy || !preview || preview.annotations === 0} data-testid="batch-link-confirm">
              <Icon name="link" size={16} />
              {preview ? t('batch:link.confirm', { count: preview.annotations, formatted: fmt(preview.annotations) }) : t('batch:link.confirmPlain')}
            </button>
          )}
        </footer>
      </div>
    </div>
  )
}
