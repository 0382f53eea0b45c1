import { BrowserWindow, session, shell, type WebContents } from 'electron'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './server/static-files'
import { appRoot } from './paths'
import type { SettingsStore } from './settings-store'
import { isAppUrl, windowOptions } from './window-options'

const devServerUrl = process.env.ELECTRON_RENDERER_URL

/** Denies everything a web page could use to leave the app: navigation, popups, permissions. */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // Entity identifiers (Wikidata, VIAF, GeoNames) open in the user's browser, never in-app.
    if (/^https:\/\//.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}

/** The main window, at the size and place it last had. */
export function createMainWindow(settings: SettingsStore): BrowserWindow {
  const saved = settings.get().window
  const window = new BrowserWindow(windowOptions(join(appRoot(), 'out', 'preload', 'index.cjs'), saved))
  lockDown(window.webContents)
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
