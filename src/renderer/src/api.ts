import type { Api } from '@shared/ipc/client'
import type { OperationName } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { isChangeEvent } from '@shared/ipc/change-events'
import type { FeedEvent, FeedListener } from './change-stream'
import { openSharedChangeStream } from './shared-change-stream'

const TOKEN_KEY = 'scriptorium.token'
/** Browsers cap keepalive requests at 64 KiB in flight; stay well below (a char is ≤ 3 bytes). */
const KEEPALIVE_MAX_CHARS = 16_000

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

type Call = (input: unknown) => Promise<Result<unknown>>

/**
 * The loopback HTTP client: `POST /api/<operation>` for any operation name. It is derived
 * generically (a Proxy typed by `Api`) rather than from the contract's list, so the page does
 * not load zod and every model schema just to learn the names; the server checks the name.
 */
function httpApi(token: string): Api {
  const call =
    (name: string): Call =>
    async (input) => {
      // A tab opened without the printed address has nothing to offer the server.
      if (!token) return failure('client.noToken', 'This tab has no access token.')
      let response: Response
      try {
        const body = JSON.stringify(input ?? {})
        response = await fetch(`/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
          // A write sent as the page goes away (a note flushed on reload) still arrives. The
          // browser allows keepalive only for small bodies: imports go without it.
          keepalive: body.length < KEEPALIVE_MAX_CHARS
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
  const calls = new Map<string, Call>()
  return new Proxy({} as Api, {
    get: (_target, name) => {
      // Not a thenable, not a symbol-keyed protocol: only string names are operations.
      if (typeof name !== 'string' || name === 'then') return undefined
      let fn = calls.get(name)
      if (!fn) calls.set(name, (fn = call(name)))
      return fn
    }
  })
}

/** Browser mode's token (taken once, at load); empty in Electron. */
const token = window.api ? '' : takeToken()

/** Browser mode's token, for requests that are not operations (the streamed upload of a file). */
export const accessToken = (): string => token

/** The transport: the preload's `window.api` in Electron, else HTTP. */
const transport: Api = window.api ?? httpApi(token)

const listeners = new Set<FeedListener>()
let feedOpen = false
const emit = (event: FeedEvent) => {
  for (const listener of [...listeners]) listener(event)
}

/**
 * Follows changes made anywhere (another window or tab, an import): the preload's IPC
 * events in Electron, Server-Sent Events in the browser (one stream shared by the tabs, see
 * shared-change-stream.ts), opened by the first subscriber. Answers a function that unsubscribes.
 */
export function subscribeChanges(listener: FeedListener): () => void {
  listeners.add(listener)
  if (!feedOpen) {
    feedOpen = true
    if (window.changes) window.changes.on((event) => isChangeEvent(event) && emit(event))
    else if (token) openSharedChangeStream(token, emit)
  }
  return () => listeners.delete(listener)
}

/** Startup reads already on their way, each taken by the first call of its operation. */
const early = new Map<string, Promise<Result<unknown>>>()

/**
 * Sends the startup reads (no input) at once, before React renders: settings, the archive
 * and the catalog then travel in parallel with the rest of the page's start instead of one
 * after another. The first call of each operation gets the answer already in flight; any
 * later call goes to the transport as usual.
 */
export function prefetch(names: OperationName[]): void {
  for (const name of names) early.set(name, (transport[name] as unknown as Call)({}))
}

/** The typed client every feature uses. */
export const api: Api = new Proxy(transport, {
  get: (target, name) => {
    if (typeof name === 'string' && early.has(name)) {
      const pending = early.get(name) as Promise<Result<unknown>>
      const fallback = Reflect.get(target, name) as Call
      return (input: unknown) => {
        const taken = early.get(name) === pending && early.delete(name)
        // Only an input-less read may take the prefetched answer.
        return taken && isEmpty(input) ? pending : fallback(input)
      }
    }
    return Reflect.get(target, name)
  }
})
export const isElectron = window.api !== undefined

const isEmpty = (input: unknown) => input === undefined || (typeof input === 'object' && input !== null && Object.keys(input).length === 0)
