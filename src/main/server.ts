import type { Translate } from './i18n'
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ChangeFeed } from './change-feed'
import type { Dispatch } from './dispatch'
import { sendDownload, DOWNLOAD_PATH, type DownloadLookup } from './server/download'
import { streamChanges } from './server/event-stream'
import { BodyTooLarge, checkOrigin, checkToken, readBody, type Refusal } from './server/request-guard'
import { serveStatic } from './server/static-files'
import { MAX_UPLOAD_BYTES, receiveUpload, UPLOAD_PATH, type UploadTarget } from './server/upload'

/** A 20 MB file travels as ~27 MB of base64 inside JSON. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024
/** Where the change feed is served (a GET; every operation is a POST). */
export const EVENTS_PATH = '/api/events'

export interface ServerOptions {
  dispatch: Dispatch
  t: Translate
  rendererDir: string
  port?: number
  bodyLimit?: number
  /** Served as Server-Sent Events on `GET /api/events` (same token as every request). */
  feed?: ChangeFeed
  /** Finished exports, streamed on `GET /api/download?job=…&key=…` (a one-time key, not the token). */
  downloads?: DownloadLookup
  /** Where `POST /api/upload` streams a file (a bundle too large for a JSON body), up to `uploadLimit` bytes. */
  uploads?: UploadTarget
  uploadLimit?: number
}

export interface RunningServer {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/**
 * Every contract operation over HTTP on 127.0.0.1 (browser mode and end-to-end tests):
 * `POST /api/<operation>` with the input as JSON and a bearer token made anew at each start.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(24).toString('hex')
  const limit = options.bodyLimit ?? MAX_BODY_BYTES
  let port = 0
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const originRefusal = checkOrigin(req, port)
    if (originRefusal) return refuse(res, originRefusal, options.t)
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, { status: 405, code: 'server.methodNotAllowed' }, options.t)
      return serveStatic(options.rendererDir, url.pathname, res)
    }
    // A download is a navigation, which cannot carry the bearer token: its job's own key stands in.
    if (url.pathname === DOWNLOAD_PATH && req.method === 'GET' && options.downloads) return sendDownload(url, res, options.downloads, options.t)
    const events = url.pathname === EVENTS_PATH && req.method === 'GET' && options.feed
    if (req.method !== 'POST' && !events) return refuse(res, { status: 405, code: 'server.methodNotAllowed' }, options.t)
    const tokenRefusal = checkToken(req, token)
    if (tokenRefusal) return refuse(res, tokenRefusal, options.t)
    if (events) return streamChanges(req, res, events)
    if (url.pathname === UPLOAD_PATH && options.uploads) {
      const outcome = await receiveUpload(req, options.uploads, options.uploadLimit ?? MAX_UPLOAD_BYTES)
      if (outcome.ok) return sendJson(res, 200, { ok: true, value: { upload: outcome.upload, bytes: outcome.bytes } })
      if (outcome.status === 413) res.setHeader('Connection', 'close')
      const params = outcome.code === 'server.uploadTooLarge' ? { limit: outcome.limitMb } : {}
      return sendJson(res, outcome.status, { ok: false, error: { code: outcome.code, message: options.t(`errors:${outcome.code}`, params), params } })
    }
    let input: unknown
    try {
      const body = await readBody(req, limit)
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, { status: 413, code: 'server.tooLarge' }, options.t)
      return sendJson(res, 400, { ok: false, error: { code: 'server.badJson', message: options.t('errors:server.badJson') } })
    }
    const name = safeDecode(url.pathname.slice('/api/'.length))
    if (name === null) {
      const raw = url.pathname.slice('/api/'.length)
      return sendJson(res, 400, { ok: false, error: { code: 'ipc.unknownOperation', message: options.t('errors:ipc.unknownOperation', { name: raw }), params: { name: raw } } })
    }
    sendJson(res, 200, await options.dispatch(name, input))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A malformed percent-encoding is the client's mistake (400), not a server error. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function refuse(res: ServerResponse, refusal: NonNullable<Refusal>, t: Translate): void {
  if (refusal.status === 413) res.setHeader('Connection', 'close')
  sendJson(res, refusal.status, { ok: false, error: { code: refusal.code, message: t(`errors:${refusal.code}`) } })
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
  res.end(json)
}
