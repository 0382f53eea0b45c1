import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/ipc/result'
import { errorText } from '../errors'
import { Icon } from './Icon'
import { DialogHeader } from './DialogHeader'

interface Props {
  title: string
  children: ReactNode
  confirmLabel: string
  busyLabel: string
  cancelLabel: string
  busy: boolean
  error: AppError | null
  onConfirm: () => void
  onCancel: () => void
  testId?: string
}

/** A question before a destructive step: what will happen, Cancel, and the step itself (focused). */
export function ConfirmDialog({ title, children, confirmLabel, busyLabel, cancelLabel, busy, error, onConfirm, onCancel, testId }: Props) {
  const { t } = useTranslation()
  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && !busy && onCancel()}>
      <div className="modal__panel confirm" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-body" data-testid={testId}>
        <DialogHeader id="confirm-title" title={title} onClose={onCancel} closeDisabled={busy} />
        <div className="modal__body confirm__body" id="confirm-body">
          {children}
          {error && (
            <p className="notice notice--error" role="alert">
              {errorText(t, error)}
            </p>
          )}
        </div>
        <footer className="modal__footer confirm__footer">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy} autoFocus>
            <Icon name="trash" size={16} />
            {busy ? busyLabel : confirmLabel}
          </button>
        </footer>
      </div>
    </div>
  )
}
