import { useTranslation } from 'react-i18next'
import type { UndoState } from '@shared/ipc/annotation-contract'
import { Icon } from '../../components/Icon'

/** Undo and redo of the registry scope; the tooltip names the step ("Undo merge"). */
export function UndoButtons({ state, onUndo, onRedo }: { state: UndoState; onUndo: () => void; onRedo: () => void }) {
  const { t } = useTranslation()
  const label = (kind: 'undo' | 'redo', action: string | null) =>
    action ? t(`entities:${kind}Action`, { action: t(`entities:action.${action}`, { defaultValue: t('entities:action.other') }) }) : t(`entities:${kind}`)
  return (
    <div className="button-group" role="group" aria-label={t('entities:history')}>
      <button type="button" className="icon-button" onClick={onUndo} disabled={!state.canUndo} aria-label={label('undo', state.undoAction)} title={label('undo', state.undoAction)} data-testid="registry-undo">
        <Icon name="undo" />
      </button>
      <button type="button" className="icon-button" onClick={onRedo} disabled={!state.canRedo} aria-label={label('redo', state.redoAction)} title={label('redo', state.redoAction)} data-testid="registry-redo">
        <Icon name="redo" />
      </button>
    </div>
  )
}
