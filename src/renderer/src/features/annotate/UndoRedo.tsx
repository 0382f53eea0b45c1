import { useTranslation } from 'react-i18next'
import type { StepLabel, UndoState } from '@shared/ipc/annotation-contract'
import { Icon } from '../../components/Icon'

/** Names an undo step's action in the interface language ("annotation.add" → "Tag"). */
export function useActionLabel() {
  const { t } = useTranslation()
  return (action: string | null) => (action ? t(`annotate:history.action.${action.replace(/\./g, '_')}`, { defaultValue: action }) : '')
}

/**
 * Names a whole step: "tag “Li Yang” as PERSON", "edit annotation “Li Yang”", "tag several (3)".
 * A tag names its type; other steps on one annotation name its quote; batches their size.
 */
export function useStepLabel() {
  const { t } = useTranslation()
  const actionLabel = useActionLabel()
  return (label: StepLabel | null): string => {
    if (!label) return ''
    const action = actionLabel(label.action)
    if (label.quote !== undefined && label.type !== undefined && label.action === 'annotation.add') {
      return t('annotate:undo.step.tagAs', { quote: label.quote, type: label.type })
    }
    if (label.quote !== undefined) return t('annotate:undo.step.withQuote', { action, quote: label.quote })
    if (label.count !== undefined) return t('annotate:undo.step.withCount', { action, count: label.count })
    return action
  }
}

/** Undo and redo for the reader toolbar; the undo button and both tooltips name the step. */
export function UndoRedo({ state, onUndo, onRedo }: { state: UndoState; onUndo: () => void; onRedo: () => void }) {
  const { t } = useTranslation()
  const stepLabel = useStepLabel()
  const undoStep = stepLabel(state.undoLabel ?? (state.undoAction ? { action: state.undoAction } : null))
  const redoStep = stepLabel(state.redoLabel ?? (state.redoAction ? { action: state.redoAction } : null))
  const undoTip = state.canUndo ? t('annotate:undo.undoAction', { action: undoStep }) : t('annotate:undo.nothingToUndo')
  const redoTip = state.canRedo ? t('annotate:undo.redoAction', { action: redoStep }) : t('annotate:undo.nothingToRedo')
  return (
    <div className="button-group" role="group" aria-label={t('annotate:undo.group')}>
      <button type="button" className="button button--ghost button--small undo-button" onClick={onUndo} disabled={!state.canUndo} aria-label={undoTip} title={undoTip} aria-keyshortcuts="Control+Z Meta+Z" data-testid="undo">
        <Icon name="undo" />
        {state.canUndo && <span className="undo-button__label">{undoStep}</span>}
      </button>
      <button type="button" className="icon-button" onClick={onRedo} disabled={!state.canRedo} aria-label={redoTip} title={redoTip} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" data-testid="redo">
        <Icon name="redo" />
      </button>
    </div>
  )
}
