import type { BrowserWindowConstructorOptions } from 'electron'
import type { Settings } from '@shared/model'

/**
 * The window's security settings, kept apart from Electron so a unit test can check them:
 * an isolated, sandboxed renderer without Node, whose only door is the preload's window.api.
 */
export function windowOptions(preload: string, saved: Settings['window']): BrowserWindowConstructorOptions {
  return {
    width: saved?.width ?? 1280,
    height: saved?.height ?? 820,
    ...(saved ? { x: saved.x, y: saved.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Scriptorium',
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false
    }
  }
}

/** Only our own renderer may run in the window: the dev server or the bundled files. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  // Same origin, not a string prefix: "http://localhost:5173.evil.example" starts with the dev URL.
  if (devServerUrl && originOf(url) !== null && originOf(url) === originOf(devServerUrl)) return true
  return url.startsWith('file://') && url.includes('/renderer/')
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null
  } catch {
    return null
  }
}
