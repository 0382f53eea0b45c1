import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../format'
import { useIndexStatus } from './use-index-status'

/** Fewer articles are indexed in about a second: no line flashes by. */
const SHOWN_FROM = 1000

/**
 * A line under the library's box while the search index is built ("Indexing 12,400 of
 * 50,000 articles…"), laid over the toolbar's padding so nothing moves when it comes or
 * goes. Meanwhile the box filters titles.
 */
export function IndexProgress() {
  const { t, i18n } = useTranslation()
  const status = useIndexStatus()
  if (status?.state !== 'building' || status.total < SHOWN_FROM) return null
  const fmt = (n: number) => formatNumber(n, i18n.language)
  return (
    <p className="index-progress" role="status" data-testid="index-progress">
      <span className="index-progress__text">{t('search:indexing', { done: fmt(status.done), total: fmt(status.total) })}</span>
      <progress className="index-progress__bar" max={status.total} value={status.done} aria-hidden="true" />
    </p>
  )
}
