import { useCallback, useEffect, useState } from 'react'
import type { TrashChange } from '@shared/ipc/archivist-contract'
import type { UndoState } from '@shared/ipc/annotation-contract'
import type { AppError, Result } from '@shared/ipc/result'
import type { TrashView } from '@shared/model/trash'
import { api } from '../../api'

export type TrashStatus = { state: 'loading' } | { state: 'ready'; trash: TrashView } | { state: 'error'; error: AppError }

const read = () => Promise.all([api.listTrash({}), api.undoState({ scope: 'library' })])

const NONE: UndoState = { canUndo: false, canRedo: false, undoAction: null, redoAction: null, undoLabel: null, redoLabel: null }

/**
 * The trash and the library's undo scope (deleting and restoring), with restore and
 * undo/redo. `after` runs after each change, so the library and the registry follow.
 */
export function useTrash(after: () => void) {
  const [status, setStatus] = useState<TrashStatus>({ state: 'loading' })
  const [undo, setUndo] = useState<UndoState>(NONE)
  const [error, setError] = useState<AppError | null>(null)

  const show = useCallback(([trash, state]: Awaited<ReturnType<typeof read>>) => {
    setStatus(trash.ok ? { state: 'ready', trash: trash.value } : { state: 'error', error: trash.error })
    if (state.ok) setUndo(state.value)
  }, [])
  const load = useCallback(async () => show(await read()), [show])

  useEffect(() => {
    let live = true
    void read().then((answer) => live && show(answer))
    return () => {
      live = false
    }
  }, [show])

  const applied = useCallback(
    (result: Result<TrashChange>): boolean => {
      if (!result.ok) {
        setError(result.error)
        return false
      }
      setError(null)
      setStatus({ state: 'ready', trash: result.value.trash })
      setUndo(result.value.undo)
      after()
      return true
    },
    [after]
  )

  const restore = useCallback(
    async (kind: 'articles' | 'entities', id: string) => applied(await api.restoreFromTrash({ [kind]: [id] })),
    [applied]
  )

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const result = await (direction === 'undo' ? api.undo({ scope: 'library' }) : api.redo({ scope: 'library' }))
      if (!result.ok) return setError(result.error)
      setError(null)
      setUndo(result.value.undo)
      await load()
      after()
    },
    [load, after]
  )

  return { status, undo, error, restore, step, reload: load }
}
