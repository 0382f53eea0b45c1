import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'

export interface LibraryNotice {
  text: string
  /** The step it reports is the library's last: Undo is offered. */
  undoable: boolean
}

/**
 * The library's undo scope (deletions, restores, batch tags and links) from the library view:
 * a step's summary with Undo beside it, and Undo/Redo from the keyboard or the menu, each
 * reported in a notice naming what was undone.
 */
export function useLibraryUndo(reload: () => Promise<void>, onFailure: (error: AppError) => void) {
  const { t } = useTranslation()
  const [notice, setNotice] = useState<LibraryNotice | null>(null)
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const result = await (direction === 'undo' ? api.undo({ scope: 'library' }) : api.redo({ scope: 'library' }))
      if (!result.ok) {
        setNotice(null)
        return onFailure(result.error)
      }
      const { action } = result.value
      const named = action ? t(`trash:action.${action}`, { defaultValue: t('trash:action.other') }) : null
      const text = named ? t(direction === 'undo' ? 'batch:undone' : 'batch:redone', { action: named }) : t(direction === 'undo' ? 'batch:nothingToUndo' : 'batch:nothingToRedo')
      setNotice({ text, undoable: false })
      if (action) await reload()
    },
    [t, reload, onFailure]
  )
  return { notice, setNotice, step }
}
