import { useEffect, useLayoutEffect, useRef } from 'react'
import { useMenu } from '../../app/use-menu'
import { hasOwnUndo } from '../../components/text-entry'

interface Handlers {
  selectAll: () => void
  /** True when Escape cleared something. */
  clear: () => boolean
  undo: () => void
  redo: () => void
}

/**
 * The library's keys outside text fields and dialogs: Ctrl/⌘+A selects every result, Escape
 * clears the selection, Ctrl/⌘+Z undoes the library's last step (a deletion, a batch tag or
 * link) and Ctrl/⌘+Shift+Z or Ctrl+Y redoes it; the menu's Undo/Redo do the same in Electron.
 */
export function useLibraryKeys(handlers: Handlers): void {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useMenu((event) => {
    if (event === 'undo') latest.current.undo()
    else if (event === 'redo') latest.current.redo()
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('[aria-modal="true"]') || hasOwnUndo(event.target)) return
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      const h = latest.current
      if (mod && !event.altKey && key === 'a') {
        event.preventDefault()
        h.selectAll()
      } else if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        event.preventDefault()
        if (key === 'y' || event.shiftKey) h.redo()
        else h.undo()
      } else if (event.key === 'Escape' && !mod && h.clear()) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
