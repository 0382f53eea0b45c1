import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../format'

interface Props {
  count: number
  onUndo: () => void
  onOpenTrash: () => void
  onDismiss: () => void
}

/** After a deletion: how many went to the trash, with Undo at hand. */
export function DeletedNotice({ count, onUndo, onOpenTrash, onDismiss }: Props) {
  const { t, i18n } = useTranslation()
  return (
    <p className="notice notice--success trash-notice" role="status" data-testid="deleted-notice">
      <span className="trash-notice__text">{t('trash:deleted', { count, formatted: formatNumber(count, i18n.language) })}</span>
      <button type="button" className="button button--small" onClick={onUndo}>
        {t('trash:undo')}
      </button>
      <button type="button" className="button button--small" onClick={onOpenTrash}>
        {t('trash:openTrash')}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onDismiss}>
        {t('trash:dismiss')}
      </button>
    </p>
  )
}
