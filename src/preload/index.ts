import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { CHANGES_CHANNEL, channelFor, MENU_CHANNEL } from '@shared/ipc/channels'
import { operationNames } from '@shared/ipc/operation-names'

/**
 * One function per contract operation. The names come from the zod-free list: a sandboxed
 * preload can require only electron, events, timers and url (tests/built/preload.test.ts).
 */
const api = Object.fromEntries(operationNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)]))

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('menu', {
  /** Menu commands from the main process; returns a function that unsubscribes. */
  on(handler: (command: unknown) => void): () => void {
    const listener = (_event: unknown, command: unknown) => handler(command)
    ipcRenderer.on(MENU_CHANNEL, listener)
    return () => ipcRenderer.removeListener(MENU_CHANNEL, listener)
  }
})
contextBridge.exposeInMainWorld('changes', {
  /** Changes to the archive from any window (change-events.ts); returns a function that unsubscribes. */
  on(handler: (event: unknown) => void): () => void {
    const listener = (_event: unknown, change: unknown) => handler(change)
    ipcRenderer.on(CHANGES_CHANNEL, listener)
    return () => ipcRenderer.removeListener(CHANGES_CHANNEL, listener)
  }
})
contextBridge.exposeInMainWorld('files', {
  /** A chosen or dropped file's path on this computer ('' when it has none): a large bundle is read there, not sent over IPC. */
  pathOf(file: File): string {
    return webUtils.getPathForFile(file)
  }
})
