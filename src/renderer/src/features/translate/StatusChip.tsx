import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentStatus } from './types'

/** A row's status (XLIFF 2 state): a coloured dot and its name. */
export const StatusChip = memo(function StatusChip({ status, compact = false }: { status: SegmentStatus; compact?: boolean }) {
  const { t } = useTranslation()
  const name = t(`translate:status.${status}`)
  return (
    <span className={`status-chip status-chip--${status}${compact ? ' status-chip--compact' : ''}`} title={compact ? name : undefined} data-status={status}>
      <span className="status-chip__dot" aria-hidden="true" />
      <span className={compact ? 'sr-only' : 'status-chip__label'}>{name}</span>
    </span>
  )
})
