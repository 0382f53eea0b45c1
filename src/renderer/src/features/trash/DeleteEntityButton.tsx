import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Icon } from '../../components/Icon'
import { formatNumber } from '../../format'

/** "Delete…" on the entity page: asks (saying how many mentions lose their link), then moves it to the trash. */
export function DeleteEntityButton({ entity, onDeleted }: { entity: EntitySummary; onDeleted: () => void }) {
  const { t, i18n } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const count = entity.mentionCount
  const confirm = async () => {
    setBusy(true)
    const result = await api.deleteEntity({ id: entity.id })
    setBusy(false)
    if (!result.ok) return setError(result.error)
    setAsking(false)
    onDeleted()
  }
  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)} title={t('trash:deleteEntityHint')} data-testid="delete-entity">
        <Icon name="trash" size={16} />
        {t('trash:deleteEntity')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('trash:confirm.entityTitle', { name: entity.name })}
          confirmLabel={t('trash:confirm.confirm')}
          busyLabel={t('trash:confirm.working')}
          cancelLabel={t('trash:confirm.cancel')}
          busy={busy}
          error={error}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
          testId="delete-entity-dialog"
        >
          <p>{count > 0 ? t('trash:confirm.entityBody', { count, formatted: formatNumber(count, i18n.language) }) : t('trash:confirm.entityBodyNone')}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
