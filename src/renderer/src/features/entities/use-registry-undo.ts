import { useCallback, useEffect, useState } from 'react'
import type { UndoState } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'
import { takesTyping } from '../../components/text-entry'

const NONE: UndoState = { canUndo: false, canRedo: false, undoAction: null, redoAction: null, undoLabel: null, redoLabel: null }

/**
 * Undo and redo of the registry scope (entity and schema changes), shared by the entity
 * page and the schema editor. `after` runs once a step was undone or redone, to reload.
 */
export function useRegistryUndo(after: () => Promise<void> | void) {
  const [state, setState] = useState<UndoState>(NONE)
  const [error, setError] = useState<AppError | null>(null)

  const refresh = useCallback(async () => {
    const result = await api.undoState({})
    if (result.ok) setState(result.value)
  }, [])

  useEffect(() => {
    let live = true
    void api.undoState({}).then((result) => live && result.ok && setState(result.value))
    return () => {
      live = false
    }
  }, [])

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const result = await (direction === 'undo' ? api.undo({}) : api.redo({}))
      if (!result.ok) {
        setError(result.error)
        return
      }
      setError(null)
      setState(result.value.undo)
      await after()
    },
    [after]
  )
  const undo = useCallback(() => step('undo'), [step])
  const redo = useCallback(() => step('redo'), [step])
  return { state, error, refresh, undo, redo }
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes; not while typing in a field. */
export function undoKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; target: EventTarget | null }): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey)) return null
  if (takesTyping(event.target)) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.metaKey) return 'redo'
  return null
}
