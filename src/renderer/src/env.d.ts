import type { Api } from '@shared/ipc/client'
import type { MenuBridge } from '@shared/ipc/menu-events'

declare global {
  interface Window {
    /** Present in Electron: one function per contract operation, from the preload. */
    api?: Api
    /** Present in Electron: commands from the native menu. */
    menu?: MenuBridge
  }
}

declare module '*.css'
