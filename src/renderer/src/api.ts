import type { Api } from '@shared/ipc/client'
import { operationNames, type OperationName } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'

const TOKEN_KEY = 'scriptorium.token'

/**
 * Browser mode: the page URL carries the server's token once (`?token=`). Keep it for this
 * tab in sessionStorage and take it out of the visible URL so it is not bookmarked or shared.
 */
function takeToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

const failure = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } })

/** The loopback HTTP client, derived from the contract: `POST /api/<operation>`. */
function httpApi(): Api {
  const token = takeToken()
  const call = (name: OperationName) => async (input: unknown) => {
    let response: Response
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {})
      })
    } catch (error) {
      return failure('client.network', error instanceof Error ? error.message : String(error))
    }
    if (response.status === 401) return failure('client.unauthorized', 'The session token was refused.')
    try {
      return (await response.json()) as Result<unknown>
    } catch {
      return failure('client.badResponse', `HTTP ${response.status}`)
    }
  }
  return Object.fromEntries(operationNames.map((name) => [name, call(name)])) as unknown as Api
}

/** The typed client every feature uses: the preload's `window.api` in Electron, else HTTP. */
export const api: Api = window.api ?? httpApi()
export const isElectron = window.api !== undefined
