import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber, formatPercent } from '../../format'
import { confirmedShare, progressParts, type StatusCounts } from './progress'
import type { SegmentStatus } from './types'

interface Props {
  counts: StatusCounts
  /** Statuses the list is filtered to (empty: all). */
  selected: readonly SegmentStatus[]
  onToggle: (status: SegmentStatus) => void
}

/** The progress bar by status, and its legend, whose entries filter the rows by status. */
export const StatusProgress = memo(function StatusProgress({ counts, selected, onToggle }: Props) {
  const { t, i18n } = useTranslation()
  const parts = progressParts(counts)
  const confirmed = counts.total - counts.initial
  const fmt = (n: number) => formatNumber(n, i18n.language)
  return (
    <div className="tr-progress" data-testid="translate-progress">
      <div className="tr-progress__head">
        <span className="tr-progress__title">{t('translate:editor.progress', { done: fmt(confirmed), total: fmt(counts.total) })}</span>
        <span className="tr-progress__percent">{formatPercent(confirmedShare(counts), i18n.language)}</span>
      </div>
      <div
        className="tr-progress__bar"
        role="progressbar"
        aria-label={t('translate:editor.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={counts.total}
        aria-valuenow={confirmed}
        aria-valuetext={t('translate:editor.progress', { done: fmt(confirmed), total: fmt(counts.total) })}
      >
        {parts.map((part) =>
          part.count > 0 ? <span key={part.status} className={`tr-progress__part tr-progress__part--${part.status}`} style={{ width: `${part.share * 100}%` }} /> : null
        )}
      </div>
      <div className="tr-progress__legend" role="group" aria-label={t('translate:editor.filterStatus')}>
        {[...parts].reverse().map((part) => (
          <button
            key={part.status}
            type="button"
            className={`tr-legend${selected.includes(part.status) ? ' is-on' : ''}`}
            aria-pressed={selected.includes(part.status)}
            onClick={() => onToggle(part.status)}
            title={t('translate:editor.filterStatusHint', { status: t(`translate:status.${part.status}`) })}
            data-testid={`status-filter-${part.status}`}
          >
            <span className={`status-chip__dot status-chip--${part.status}`} aria-hidden="true" />
            {t(`translate:status.${part.status}`)}
            <span className="tr-legend__count">{fmt(part.count)}</span>
          </button>
        ))}
      </div>
    </div>
  )
})
