import { useTranslation } from 'react-i18next'
import { formatPercent } from '../../format'
import { useDuration } from './Duration'
import { findingMessage } from './finding-message'
import type { QaFinding, SegmentRow } from './types'

/** Under a row's target: the engine (while the MT stands), the effort, the QA findings, the note. */
export function RowMeta({ row, engine, findings }: { row: SegmentRow; engine: string | null; findings: readonly QaFinding[] | undefined }) {
  const { t, i18n } = useTranslation()
  const duration = useDuration()
  const edited = row.mt !== '' && row.target !== row.mt
  const worst = findings?.some((f) => f.severity === 'error') ? 'error' : findings?.some((f) => f.severity === 'warning') ? 'warning' : 'info'
  return (
    <div className="tr-row__meta">
      {row.mt !== '' && (
        <span className={`tr-tag${edited ? ' tr-tag--edited' : ' tr-tag--mt'}`} data-testid="segment-origin">
          {edited ? t('translate:editor.postEdited', { engine: engine ?? t('translate:editor.machine') }) : engine ?? t('translate:editor.machine')}
        </span>
      )}
      {row.hter !== null && (
        <span className="tr-effort" title={t('translate:editor.hterHint')} data-testid="segment-hter">
          {t('translate:editor.hter', { value: formatPercent(row.hter, i18n.language) })}
        </span>
      )}
      {Math.round(row.seconds) > 0 && (
        <span className="tr-effort" title={t('translate:editor.secondsHint')} data-testid="segment-seconds">
          {duration(row.seconds)}
        </span>
      )}
      {findings && findings.length > 0 && (
        <span className={`tr-flag tr-flag--${worst}`} title={findings.map((f) => findingMessage(t, f)).join('\n')} data-testid="segment-findings">
          {t('translate:editor.findings', { count: findings.length })}
        </span>
      )}
    </div>
  )
}
