import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { hardenSession, lockDown } from '../../../src/main/window-guards'

type OpenHandler = (details: { url: string }) => { action: string }

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: OpenHandler | null = null
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler
    }
  }
  const navigate = (event: string, url: string) => {
    const prevent = vi.fn()
    emitter.emit(event, { preventDefault: prevent }, url)
    return prevent.mock.calls.length > 0
  }
  return { contents, navigate, open: (url: string) => openHandler!({ url }) }
}

describe('lockDown', () => {
  it('refuses navigation and redirects away from the renderer, and keeps it otherwise', () => {
    const fake = fakeContents()
    lockDown(fake.contents as never, vi.fn())
    expect(fake.navigate('will-navigate', 'https://evil.example/')).toBe(true)
    expect(fake.navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true)
    expect(fake.navigate('will-navigate', 'file:///app/out/renderer/index.html#/settings')).toBe(false)
    expect(fake.navigate('will-attach-webview', 'file:///app/out/renderer/index.html')).toBe(true)
  })

  it('denies every new window; https links open in the system browser, others nowhere', () => {
    const fake = fakeContents()
    const openExternal = vi.fn()
    lockDown(fake.contents as never, openExternal)
    expect(fake.open('https://www.wikidata.org/wiki/Q42')).toEqual({ action: 'deny' })
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://www.wikidata.org/wiki/Q42']])
  })

  it('lets the dev server navigate only within its own origin', () => {
    const fake = fakeContents()
    lockDown(fake.contents as never, vi.fn(), 'http://localhost:5173')
    expect(fake.navigate('will-navigate', 'http://localhost:5173/#/entities')).toBe(false)
    expect(fake.navigate('will-navigate', 'http://localhost:5173.evil.example/')).toBe(true)
  })
})

describe('hardenSession', () => {
  it('denies every permission and adds the CSP to every response', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    hardenSession({
      setPermissionRequestHandler: (h: never) => void (handlers.request = h),
      setPermissionCheckHandler: (h: never) => void (handlers.check = h),
      webRequest: { onHeadersReceived: (h: never) => void (handlers.headers = h) }
    } as never)
    const granted = vi.fn()
    ;(handlers.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(null, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    expect((handlers.check as () => boolean)()).toBe(false)
    const respond = vi.fn()
    ;(handlers.headers as (d: unknown, cb: (r: unknown) => void) => void)({ responseHeaders: { 'X-A': ['1'] } }, respond)
    const headers = respond.mock.calls[0]![0].responseHeaders
    expect(headers['X-A']).toEqual(['1'])
    expect(headers['Content-Security-Policy'][0]).toContain("default-src 'self'")
    expect(headers['Content-Security-Policy'][0]).toContain("object-src 'none'")
  })
})
