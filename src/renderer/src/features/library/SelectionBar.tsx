import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { formatNumber } from '../../format'
import { ExportButton } from '../export/ExportButton'

interface Props {
  /** The ticked articles, in the library's order. */
  ids: string[]
  count: number
  onEdit: (() => void) | null
  onDelete: () => void
  onClear: () => void
}

/** What can be done with the ticked articles: edit the details of one, export them, move all to the trash. */
export function SelectionBar({ ids, count, onEdit, onDelete, onClear }: Props) {
  const { t, i18n } = useTranslation()
  return (
    <div className="selection-bar" role="region" aria-label={t('trash:selection.label')} data-testid="selection-bar">
      <span className="selection-bar__count" aria-live="polite">
        {t('trash:selection.count', { count, formatted: formatNumber(count, i18n.language) })}
      </span>
      {onEdit && (
        <button type="button" className="button button--small" onClick={onEdit}>
          <Icon name="edit" size={16} />
          {t('trash:selection.edit')}
        </button>
      )}
      <ExportButton request={{ selected: ids }} className="button button--small" />
      <button type="button" className="button button--small" onClick={onDelete} aria-keyshortcuts="Delete">
        <Icon name="trash" size={16} />
        {t('trash:selection.delete')}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onClear}>
        {t('trash:selection.clear')}
      </button>
    </div>
  )
}
