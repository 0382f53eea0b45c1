import { BrowserWindow, ipcMain } from 'electron'
import { operationNames } from '@shared/ipc/contract'
import { CHANGES_CHANNEL, channelFor } from '@shared/ipc/channels'
import type { ChangeFeed } from './change-feed'
import type { Dispatch } from './dispatch'
import { isAppUrl } from './window-options'

/**
 * Binds every contract operation to ipcMain.handle. Input is validated by the dispatcher;
 * a request from any frame that is not our renderer is refused.
 */
export function bindIpc(dispatch: Dispatch): void {
  for (const name of operationNames) {
    ipcMain.handle(channelFor(name), (event, input: unknown) => {
      const url = event.senderFrame?.url ?? ''
      if (!isAppUrl(url, process.env.ELECTRON_RENDERER_URL))
        return { ok: false, error: { code: 'ipc.forbidden', message: 'Forbidden sender' } }
      return dispatch(name, input)
    })
  }
}

/** Sends every change to every window: each one follows edits made in the others. */
export function forwardChanges(feed: ChangeFeed): () => void {
  return feed.subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) if (!window.isDestroyed()) window.webContents.send(CHANGES_CHANNEL, event)
  })
}
