import { useTranslation } from 'react-i18next'
import type { UndoState } from '@shared/ipc/annotation-contract'
import { Icon } from '../../components/Icon'

/** Names an undo step's action in the interface language ("annotation.add" → "Tag"). */
export function useActionLabel() {
  const { t } = useTranslation()
  return (action: string | null) => (action ? t(`annotate:history.action.${action.replace(/\./g, '_')}`, { defaultValue: action }) : '')
}

/** Undo and redo for the reader toolbar; the tooltip names the step. */
export function UndoRedo({ state, onUndo, onRedo }: { state: UndoState; onUndo: () => void; onRedo: () => void }) {
  const { t } = useTranslation()
  const label = useActionLabel()
  const undoTip = state.canUndo ? t('annotate:undo.undoAction', { action: label(state.undoAction) }) : t('annotate:undo.nothingToUndo')
  const redoTip = state.canRedo ? t('annotate:undo.redoAction', { action: label(state.redoAction) }) : t('annotate:undo.nothingToRedo')
  return (
    <div className="button-group" role="group" aria-label={t('annotate:undo.group')}>
      <button type="button" className="icon-button" onClick={onUndo} disabled={!state.canUndo} aria-label={undoTip} title={undoTip} aria-keyshortcuts="Control+Z Meta+Z" data-testid="undo">
        <Icon name="undo" />
      </button>
      <button type="button" className="icon-button" onClick={onRedo} disabled={!state.canRedo} aria-label={redoTip} title={redoTip} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" data-testid="redo">
        <Icon name="redo" />
      </button>
    </div>
  )
}
