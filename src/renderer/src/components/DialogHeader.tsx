import { useTranslation } from 'react-i18next'
import { Icon } from './Icon'

interface Props {
  /** The heading's id, which the dialog names in aria-labelledby. */
  id: string
  title: string
  /** Without it there is no close button (a step that must not be left midway). */
  onClose?: () => void
  /** The close button is shown but unusable (a change is being saved). */
  closeDisabled?: boolean
}

/** A dialog's title and its close button. */
export function DialogHeader({ id, title, onClose, closeDisabled = false }: Props) {
  const { t } = useTranslation()
  return (
    <header className="modal__header">
      <h2 id={id}>{title}</h2>
      {onClose && (
        <button type="button" className="icon-button" onClick={onClose} disabled={closeDisabled} aria-label={t('common:close')}>
          <Icon name="close" />
        </button>
      )}
    </header>
  )
}
