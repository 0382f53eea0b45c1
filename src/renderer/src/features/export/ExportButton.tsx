import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { useExport, type ExportRequest } from './export-context'

/** Opens the export dialog for this article (reader) or the ticked ones (library selection). */
export function ExportButton({ request, small = false }: { request: ExportRequest; small?: boolean }) {
  const { t } = useTranslation()
  const { openExport } = useExport()
  return (
    <button type="button" className={small ? 'button button--small' : 'button button--ghost'} onClick={() => openExport(request)} data-testid="open-export">
      <Icon name="import" size={16} />
      {t('bundle:dialog.open')}
    </button>
  )
}
