import { useEffect, useRef } from 'react'
import type { MenuEvent } from '@shared/ipc/menu-events'

/** Subscribes to native menu commands (Electron only; a no-op in the browser). */
export function useMenu(handler: (event: MenuEvent) => void): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    if (!window.menu) return
    return window.menu.on((event) => latest.current(event))
  }, [])
}
