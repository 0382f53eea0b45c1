import type { Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from './server/static-files'
import { isAppUrl } from './window-options'

/** The parts of WebContents the guards use, so a test can hand in a fake. */
type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>
type GuardedSession = { setPermissionRequestHandler: Session['setPermissionRequestHandler']; setPermissionCheckHandler: Session['setPermissionCheckHandler']; webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> }

/**
 * Denies everything a page could use to leave the app: navigation and redirects to anything
 * but our renderer, webviews, and new windows. https links (an entity's Wikidata, VIAF or
 * GeoNames page) go to the user's browser instead, never into the app.
 */
export function lockDown(contents: GuardedContents, openExternal: (url: string) => void, devServerUrl?: string): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  }
  contents.on('will-navigate', refuseForeign)
  contents.on('will-redirect', refuseForeign)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) openExternal(url)
    return { action: 'deny' }
  })
}

/** No permission (camera, notifications, geolocation…) is ever granted; every response gets our CSP. */
export function hardenSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}
