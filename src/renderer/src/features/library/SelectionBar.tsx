import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { formatNumber } from '../../format'
import { ExportButton } from '../export/ExportButton'

interface Props {
  /** The ticked articles: those shown in the library's order, then any others (all results of a search). */
  ids: string[]
  count: number
  onEdit: (() => void) | null
  /** The batch actions (Tag…, Link…). */
  actions: ReactNode
  onDelete: () => void
  onClear: () => void
}

/** What can be done with the ticked articles: edit one's details, tag, link, export, move all to the trash. */
export function SelectionBar({ ids, count, onEdit, actions, onDelete, onClear }: Props) {
  const { t, i18n } = useTranslation()
  return (
    <div className="selection-bar" role="region" aria-label={t('trash:selection.label')} data-testid="selection-bar">
      <span className="selection-bar__count" aria-live="polite" data-testid="selection-count">
        {t('trash:selection.count', { count, formatted: formatNumber(count, i18n.language) })}
      </span>
      {onEdit && (
        <button type="button" className="button button--small" onClick={onEdit}>
          <Icon name="edit" size={16} />
          {t('trash:selection.edit')}
        </button>
      )}
      {actions}
      <ExportButton request={{ selected: ids }} className="button button--small" />
      <button type="button" className="button button--small" onClick={onDelete} aria-keyshortcuts="Delete">
        <Icon name="trash" size={16} />
        {t('trash:selection.delete')}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onClear} aria-keyshortcuts="Escape">
        {t('trash:selection.clear')}
      </button>
    </div>
  )
}
