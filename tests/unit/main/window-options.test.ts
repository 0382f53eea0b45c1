import { describe, expect, it } from 'vitest'
import { isAppUrl, windowOptions } from '../../../src/main/window-options'

describe('windowOptions', () => {
  it('isolates and sandboxes the renderer, without Node, webviews or insecure content', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs', null).webPreferences!
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(prefs).not.toHaveProperty('nodeIntegrationInSubFrames', true)
    expect(prefs).not.toHaveProperty('experimentalFeatures', true)
  })

  it('restores the saved bounds, else a default size', () => {
    expect(windowOptions('p', { x: 5, y: 6, width: 900, height: 700, maximized: false })).toMatchObject({ x: 5, y: 6, width: 900, height: 700 })
    const fresh = windowOptions('p', null)
    expect(fresh.x).toBeUndefined()
    expect(fresh.width).toBeGreaterThanOrEqual(fresh.minWidth!)
  })
})

describe('isAppUrl', () => {
  it('allows the bundled renderer', () => {
    expect(isAppUrl('file:///opt/Scriptorium/resources/app.asar/out/renderer/index.html', undefined)).toBe(true)
    expect(isAppUrl('file:///C:/Program%20Files/Scriptorium/out/renderer/index.html#/library', undefined)).toBe(true)
  })

  it.each(['http://evil', 'http://evil.example/renderer/index.html', 'https://127.0.0.1/renderer/', 'javascript:alert(1)', 'data:text/html,<h1>x', 'about:blank', ''])(
    'denies %j',
    (url) => {
      expect(isAppUrl(url, undefined)).toBe(false)
    }
  )

  it('allows the dev server only when one is running, and only its origin', () => {
    const dev = 'http://localhost:5173'
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/index.html?x=1', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173@evil.example/', dev)).toBe(false)
  })
})
