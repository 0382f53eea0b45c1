import { useEffect, useLayoutEffect, useRef } from 'react'
import { isMenuEvent, type MenuEvent } from '@shared/ipc/menu-events'
import { hasOwnUndo } from '../components/text-entry'

/**
 * The menu's Undo/Redo (Cmd/Ctrl+Z) reach the page even while a text field has the focus
 * (on macOS the menu takes the keys first): there they undo the typing, as everywhere else,
 * not the archive's last change. True when the field took the command.
 */
function undoInField(event: MenuEvent): boolean {
  if ((event !== 'undo' && event !== 'redo') || !hasOwnUndo(document.activeElement)) return false
  // Deprecated but still the only way to drive a field's own undo stack; Chromium keeps it.
  document.execCommand(event)
  return true
}

/** Subscribes to native menu commands (Electron only; a no-op in the browser). */
export function useMenu(handler: (event: MenuEvent) => void): void {
  const latest = useRef(handler)
  // Before paint, not after: a key pressed the moment something appears must see it.
  useLayoutEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    if (!window.menu) return
    // The bridge passes whatever main sent; act only on the commands we know.
    return window.menu.on((event: unknown) => {
      if (isMenuEvent(event) && !undoInField(event)) latest.current(event)
    })
  }, [])
}
