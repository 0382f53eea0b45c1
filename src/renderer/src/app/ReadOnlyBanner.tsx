import { useTranslation } from 'react-i18next'
import { Icon } from '../components/Icon'
import { useLibrary } from './library-context'

/** Says, above every view, that the open archive cannot be changed, and why. */
export function ReadOnlyBanner() {
  const { t } = useTranslation('archive')
  const { archive } = useLibrary()
  if (!archive?.readOnly) return null
  const reason = archive.readOnly === 'archive.newerVersion' ? 'newerVersion' : 'unwritable'
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <Icon name="alert" size={16} />
      <strong className="read-only-banner__title">{t('readOnly.title')}</strong>
      <span>{t(`readOnly.${reason}`)}</span>
    </div>
  )
}
