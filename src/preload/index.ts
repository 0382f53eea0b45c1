import { contextBridge, ipcRenderer } from 'electron'
import { channelFor, MENU_CHANNEL } from '@shared/ipc/channels'
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
