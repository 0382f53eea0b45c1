import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber, formatPercent } from '../../format'
import { useDuration } from './Duration'
import type { SegmentsView } from './types'

/** The article's effort: HTER over the edited rows, active time, rows edited. */
export const EffortSummary = memo(function EffortSummary({ effort }: { effort: SegmentsView['effort'] }) {
  const { t, i18n } = useTranslation()
  const duration = useDuration()
  return (
    <dl className="tr-effort-summary" data-testid="article-effort">
      <div title={t('translate:editor.hterHint')}>
        <dt>{t('translate:effort.hter')}</dt>
        <dd data-testid="article-hter">{effort.hter === null ? t('translate:effort.none') : formatPercent(effort.hter, i18n.language)}</dd>
      </div>
      <div title={t('translate:editor.secondsHint')}>
        <dt>{t('translate:effort.time')}</dt>
        <dd data-testid="article-seconds">{duration(effort.seconds)}</dd>
      </div>
      <div>
        <dt>{t('translate:effort.edited')}</dt>
        <dd data-testid="article-edited">{formatNumber(effort.edited, i18n.language)}</dd>
      </div>
    </dl>
  )
})
