import { useTranslation } from 'react-i18next'
import type { SuggestionView } from '@shared/ipc/annotation-contract'
import type { TagType } from '@shared/model'
import { formatNumber } from '../../../format'

export interface Suggestion extends SuggestionView {
  id: string
}

interface Props {
  suggestions: Suggestion[] | null
  /** How many the last fetch found. */
  total: number
  loading: boolean
  types: TagType[]
  focusedId: string | null
  /** The name of a known entity a suggestion would link to (null when it is gone). */
  entityName: (id: string) => string | null
  onFetch: () => void
  onAccept: (items: Suggestion[]) => void
  onReject: (items: Suggestion[]) => void
  onFocus: (id: string) => void
}

/** Suggestions, never stored until accepted: one, all of a type, or all at once. */
export function SuggestionList({ suggestions, total, loading, types, focusedId, entityName, onFetch, onAccept, onReject, onFocus }: Props) {
  const { t, i18n } = useTranslation()
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const color = (type: string) => types.find((x) => x.name === type)?.color ?? '#8a8f98'
  const byType = [...new Set((suggestions ?? []).map((s) => s.type))].map((type) => ({ type, items: (suggestions ?? []).filter((s) => s.type === type) }))
  return (
    <div className="sugg-list" data-testid="suggestions">
      <p className="panel__hint">{t('annotate:suggest.hint')}</p>
      <div className="sugg-list__bar">
        <button type="button" className="button button--small button--primary" onClick={onFetch} disabled={loading} data-testid="suggest">
          {loading ? t('annotate:suggest.loading') : suggestions ? t('annotate:suggest.again') : t('annotate:suggest.fetch')}
        </button>
        {suggestions && suggestions.length > 0 && (
          <>
            <button type="button" className="button button--small" onClick={() => onAccept(suggestions)} data-testid="accept-all">
              {t('annotate:suggest.acceptAll', { count: suggestions.length })}
            </button>
            <button type="button" className="button button--small button--ghost" onClick={() => onReject(suggestions)}>
              {t('annotate:suggest.rejectAll')}
            </button>
          </>
        )}
      </div>
      {suggestions?.length === 0 && (
        <p className="panel__empty" data-testid="suggestions-done">
          {total > 0 ? t('annotate:suggest.reviewed', { count: total }) : t('annotate:suggest.none')}
        </p>
      )}
      {byType.map(({ type, items }) => (
        <section key={type} className="ann-group">
          <h3 className="ann-group__title">
            <span className="swatch swatch--dashed" style={{ borderColor: color(type) }} aria-hidden="true" />
            {type}
            <span className="ann-group__count">{fmt(items.length)}</span>
            <span className="ann-group__actions">
              <button type="button" className="link-button" onClick={() => onAccept(items)}>
                {t('annotate:suggest.acceptType')}
              </button>
              <button type="button" className="link-button" onClick={() => onReject(items)}>
                {t('annotate:suggest.rejectType')}
              </button>
            </span>
          </h3>
          <ul>
            {items.map((s) => (
              <li key={s.id} className={`sugg-row${s.id === focusedId ? ' is-selected' : ''}`}>
                <button type="button" className="sugg-row__text" onClick={() => onFocus(s.id)}>
                  {s.exact}
                  <SourceLabel source={s.source} entity={s.entity ? entityName(s.entity) : null} />
                </button>
                <button type="button" className="icon-button icon-button--small" onClick={() => onAccept([s])} aria-label={t('annotate:suggest.accept', { exact: s.exact })} title={t('annotate:suggest.accept', { exact: s.exact })}>
                  ✓
                </button>
                <button type="button" className="icon-button icon-button--small" onClick={() => onReject([s])} aria-label={t('annotate:suggest.reject', { exact: s.exact })} title={t('annotate:suggest.reject', { exact: s.exact })}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

/** Where a suggestion comes from; a known entity's name, which accepting links the mention to. */
function SourceLabel({ source, entity }: { source: Suggestion['source']; entity: string | null }) {
  const { t } = useTranslation()
  if (entity === null) return <span className="sugg-row__source">{t(`annotate:suggest.source.${source}`)}</span>
  return (
    <span className="sugg-row__source sugg-row__source--entity" title={t('annotate:suggest.linksHint', { name: entity })} data-testid="suggestion-entity">
      {t('annotate:suggest.linksTo', { name: entity })}
    </span>
  )
}
