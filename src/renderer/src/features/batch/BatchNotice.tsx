import { useTranslation } from 'react-i18next'

interface Props {
  text: string
  /** Offered while the library's last step is this one. */
  onUndo: (() => void) | null
  onDismiss: () => void
}

/** What a batch action did ("Tagged 42 articles"), with Undo at hand. */
export function BatchNotice({ text, onUndo, onDismiss }: Props) {
  const { t } = useTranslation()
  return (
    <p className="notice notice--success trash-notice" role="status" data-testid="batch-notice">
      <span className="trash-notice__text">{text}</span>
      {onUndo && (
        <button type="button" className="button button--small" onClick={onUndo} aria-keyshortcuts="Control+Z Meta+Z">
          {t('batch:undo')}
        </button>
      )}
      <button type="button" className="button button--small button--ghost" onClick={onDismiss}>
        {t('batch:dismiss')}
      </button>
    </p>
  )
}
