import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { useExport, type ExportRequest } from './export-context'

/** Opens the export dialog: for this article (reader), the ticked ones (library selection), or the archive. */
export function ExportButton({ request, className = 'button button--ghost' }: { request: ExportRequest; className?: string }) {
  const { t } = useTranslation()
  const { openExport } = useExport()
  return (
    <button type="button" className={className} onClick={() => openExport(request)} data-testid="open-export">
      <Icon name="export" size={16} />
      {t('bundle:dialog.open')}
    </button>
  )
}
