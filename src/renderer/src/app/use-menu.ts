import { useEffect, useRef } from 'react'
import { isMenuEvent, type MenuEvent } from '@shared/ipc/menu-events'

/** Subscribes to native menu commands (Electron only; a no-op in the browser). */
export function useMenu(handler: (event: MenuEvent) => void): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    if (!window.menu) return
    // The bridge passes whatever main sent; act only on the commands we know.
    return window.menu.on((event: unknown) => {
      if (isMenuEvent(event)) latest.current(event)
    })
  }, [])
}
