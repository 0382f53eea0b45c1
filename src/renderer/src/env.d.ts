import type { Api } from '@shared/ipc/client'
import type { ChangeBridge } from '@shared/ipc/change-events'
import type { MenuBridge } from '@shared/ipc/menu-events'

declare global {
  interface Window {
    /** Present in Electron: one function per contract operation, from the preload. */
    api?: Api
    /** Present in Electron: commands from the native menu. */
    menu?: MenuBridge
    /** Present in Electron: changes to the archive from any window. */
    changes?: ChangeBridge
    /** Present in Electron: where a chosen or dropped file is on this computer ('' when it is nowhere, e.g. made by the page). */
    files?: { pathOf(file: File): string }
  }
}

declare module '*.css'
