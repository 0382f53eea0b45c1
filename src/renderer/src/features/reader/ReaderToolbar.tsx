import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useZoom } from '../../app/use-zoom'
import { Icon } from '../../components/Icon'
import { formatNumber, formatPercent } from '../../format'

interface Props {
  onBack: () => void
  onPrevious: (() => void) | null
  onNext: (() => void) | null
  /** Where the article is in the library as shown (0-based), and how many it shows. */
  index: number | null
  total: number
  /** Tools of the article being read (undo/redo of annotation), before navigation. */
  actions?: ReactNode
}

/** Memoised: an annotation edit re-renders it only when the undo state it shows changes. */
export const ReaderToolbar = memo(function ReaderToolbar({ onBack, onPrevious, onNext, index, total, actions }: Props) {
  const { t } = useTranslation()
  return (
    <header className="toolbar toolbar--reader">
      <button type="button" className="button button--ghost" onClick={onBack} aria-keyshortcuts="Escape">
        <Icon name="back" />
        {t('reader:backToLibrary')}
      </button>
      <div className="toolbar__group">
        {actions}
        <NavigationAndZoom onPrevious={onPrevious} onNext={onNext} index={index} total={total} />
      </div>
    </header>
  )
})

type ToolsProps = Pick<Props, 'onPrevious' | 'onNext' | 'index' | 'total'>

/** Position, previous/next and zoom: a memo of its own, so undo state changes pass it by. */
const NavigationAndZoom = memo(function NavigationAndZoom({ onPrevious, onNext, index, total }: ToolsProps) {
  const { t, i18n } = useTranslation()
  const { zoom, zoomIn, zoomOut, reset, canZoomIn, canZoomOut } = useZoom()
  const fmt = (n: number) => formatNumber(n, i18n.language)
  return (
    <>
      {index !== null && <span className="toolbar__meta">{t('reader:position', { index: fmt(index + 1), total: fmt(total) })}</span>}
      <div className="button-group" role="group" aria-label={t('reader:navigation')}>
        <button type="button" className="icon-button" onClick={onPrevious ?? undefined} disabled={!onPrevious} aria-label={t('reader:previous')} title={t('reader:previousHint')} aria-keyshortcuts="ArrowLeft">
          <Icon name="prev" />
        </button>
        <button type="button" className="icon-button" onClick={onNext ?? undefined} disabled={!onNext} aria-label={t('reader:next')} title={t('reader:nextHint')} aria-keyshortcuts="ArrowRight">
          <Icon name="next" />
        </button>
      </div>
      <div className="button-group" role="group" aria-label={t('reader:zoom')}>
        <button type="button" className="icon-button" onClick={zoomOut} disabled={!canZoomOut} aria-label={t('reader:zoomOut')} title={t('reader:zoomOutHint')}>
          <Icon name="zoomOut" />
        </button>
        <button type="button" className="button button--ghost button--small zoom-value" onClick={reset} aria-label={t('reader:zoomReset')} title={t('reader:zoomResetHint')}>
          {formatPercent(zoom, i18n.language)}
        </button>
        <button type="button" className="icon-button" onClick={zoomIn} disabled={!canZoomIn} aria-label={t('reader:zoomIn')} title={t('reader:zoomInHint')}>
          <Icon name="zoomIn" />
        </button>
      </div>
    </>
  )
})
