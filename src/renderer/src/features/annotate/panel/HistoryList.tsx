import { useTranslation } from 'react-i18next'
import type { HistoryEvent } from '@shared/model'
import { formatDateTime } from '../../../format'

/** A short, translated "what" for a history entry, with the quote or type when it has one. */
function useDescribe(quoteOf: (id: string) => string | null) {
  const { t } = useTranslation()
  return (event: HistoryEvent): string => {
    const what = t(`annotate:history.action.${event.action.replace(/\./g, '_')}`, { defaultValue: event.action })
    const d = event.detail
    const quote = typeof d.exact === 'string' ? d.exact : typeof d.id === 'string' ? quoteOf(d.id) : null
    const about = [typeof d.type === 'string' ? d.type : null, quote ? `“${quote}”` : null, typeof d.name === 'string' ? d.name : null].filter(Boolean).join(' ')
    const via = d.via === 'undo' ? t('annotate:history.viaUndo') : d.via === 'redo' ? t('annotate:history.viaRedo') : ''
    return [what, about, via].filter(Boolean).join(' ')
  }
}

/** The article's history, newest first: who, when, what. */
export function HistoryList({ history, quoteOf }: { history: HistoryEvent[]; quoteOf: (id: string) => string | null }) {
  const { t, i18n } = useTranslation()
  const describe = useDescribe(quoteOf)
  const events = [...history].reverse()
  if (events.length === 0) return <p className="panel__empty">{t('annotate:history.empty')}</p>
  return (
    <ol className="history" data-testid="history">
      {events.map((event, i) => (
        <li key={`${event.at}-${i}`} className="history__item">
          <span className="history__what">{describe(event)}</span>
          <span className="history__meta">{t('annotate:history.byAt', { actor: event.actor, at: formatDateTime(event.at, i18n.language) })}</span>
        </li>
      ))}
    </ol>
  )
}
