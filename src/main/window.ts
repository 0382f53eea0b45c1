import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { appRoot } from './paths'
import type { SettingsStore } from './settings-store'
import { lockDown } from './window-guards'
import { windowOptions } from './window-options'

const devServerUrl = process.env.ELECTRON_RENDERER_URL

/** The main window, at the size and place it last had. */
export function createMainWindow(settings: SettingsStore): BrowserWindow {
  const saved = settings.get().window
  const window = new BrowserWindow(windowOptions(join(appRoot(), 'out', 'preload', 'index.cjs'), saved))
  lockDown(window.webContents, (url) => void shell.openExternal(url), devServerUrl)
  if (saved?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () => {
    const bounds = window.getNormalBounds()
    void settings.update({ window: { ...bounds, maximized: window.isMaximized() } })
  })
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(join(appRoot(), 'out', 'renderer', 'index.html'))
  return window
}
