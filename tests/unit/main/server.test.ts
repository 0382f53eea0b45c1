import { request as httpRequest } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppContext } from '../../../src/main/app-context'
import { createDispatcher } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { createTranslator } from '../../../src/main/i18n'
import { startServer, type RunningServer } from '../../../src/main/server'
import { SettingsStore } from '../../../src/main/settings-store'

const t = createTranslator('en')
const SECRET = 'top secret outside the renderer folder'
const BODY_LIMIT = 4096

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let root: string
let ctx: AppContext
let server: RunningServer

/** A raw request, so that Host, Origin and malformed paths go out exactly as written. */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; noHost?: boolean }): Promise<Reply> {
  const headers = options.noHost ? { ...options.headers } : { host: `127.0.0.1:${server.port}`, ...options.headers }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers, setHost: !options.noHost },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      }
    )
    // The server may answer (413) and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
    req.end(options.body)
  })
}

const api = (op: string, input: unknown = {}, headers: Record<string, string> = {}) =>
  send({ method: 'POST', path: `/api/${op}`, headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) })

const errorCode = (reply: Reply): string => (JSON.parse(reply.body) as { error: { code: string } }).error.code

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'scriptorium-server-'))
  const renderer = join(root, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Scriptorium</title>')
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log("app")')
  await writeFile(join(root, 'secret.txt'), SECRET)
  const settings = await SettingsStore.open(join(root, 'home'))
  ctx = await AppContext.start({ archiveDir: join(root, 'archive'), settings, t, mode: 'browser' })
  server = await startServer({ dispatch: createDispatcher(createHandlers(ctx), t), t, rendererDir: renderer, port: 0, bodyLimit: BODY_LIMIT })
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
  await rm(root, { recursive: true, force: true })
})

describe('startServer', () => {
  it('listens on 127.0.0.1 with a fresh token in the printed URL', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token).toMatch(/^[0-9a-f]{48}$/)
  })

  it('answers listArticles with the sample articles when the token is right', async () => {
    const reply = await api('listArticles')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    const result = JSON.parse(reply.body) as { ok: boolean; value: { id: string }[] }
    expect(result.ok).toBe(true)
    expect(result.value.map((a) => a.id).sort()).toEqual(['sample-1', 'sample-2', 'sample-3', 'sample-4'])
  })

  it('accepts localhost:PORT as Host too', async () => {
    expect((await api('appInfo', {}, { host: `localhost:${server.port}` })).status).toBe(200)
  })

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer 0123456789' }],
    ['a wrong token of the right length', { authorization: `Bearer ${'0'.repeat(48)}` }],
    ['the token without the Bearer scheme', { authorization: 'TOKEN' }]
  ])('answers 401 with %s', async (_label, headers) => {
    const auth = (headers as Record<string, string>).authorization
    const reply = await send({
      method: 'POST',
      path: '/api/listArticles',
      headers: { 'content-type': 'application/json', ...(auth === 'TOKEN' ? { authorization: server.token } : headers) },
      body: '{}'
    })
    expect(reply.status).toBe(401)
    expect(errorCode(reply)).toBe('server.unauthorized')
  })

  it.each(['evil.example:PORT', '127.0.0.1.evil.example', '127.0.0.1.evil.example:PORT', '127.0.0.1:1', 'evil.example', 'LOCALHOST.:PORT'])(
    'answers 403 to Host %j (DNS rebinding), even with the token',
    async (host) => {
      const reply = await api('listArticles', {}, { host: host.replace('PORT', String(server.port)) })
      expect(reply.status).toBe(403)
      expect(errorCode(reply)).toBe('server.badHost')
    }
  )

  it('refuses a request without Host', async () => {
    const reply = await send({ method: 'POST', path: '/api/listArticles', headers: { authorization: `Bearer ${server.token}` }, body: '{}', noHost: true })
    // Node itself answers 400 to an HTTP/1.1 request without Host; our guard would say 403.
    expect([400, 403]).toContain(reply.status)
  })

  it('refuses static files to a spoofed Host as well', async () => {
    const reply = await send({ path: '/', headers: { host: `evil.example:${server.port}` } })
    expect(reply.status).toBe(403)
  })

  it.each(['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1:PORT', 'http://127.0.0.1:PORT.evil.example'])(
    'answers 403 to Origin %j',
    async (origin) => {
      const reply = await api('listArticles', {}, { origin: origin.replace('PORT', String(server.port)) })
      expect(reply.status).toBe(403)
      expect(errorCode(reply)).toBe('server.crossOrigin')
    }
  )

  it('answers 403 to Sec-Fetch-Site: cross-site', async () => {
    const reply = await api('listArticles', {}, { 'sec-fetch-site': 'cross-site' })
    expect(reply.status).toBe(403)
  })

  it('accepts its own origin', async () => {
    const reply = await api('listArticles', {}, { origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-origin' })
    expect(reply.status).toBe(200)
  })

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ paths: ['x'.repeat(BODY_LIMIT * 2)] })
    const declared = await api('importFiles', JSON.parse(big))
    expect(declared.status).toBe(413)
    const streamed = await send({
      method: 'POST',
      path: '/api/importFiles',
      headers: { authorization: `Bearer ${server.token}`, 'transfer-encoding': 'chunked' },
      body: big
    })
    expect(streamed.status).toBe(413)
    // The server is still serving afterwards.
    expect((await api('appInfo')).status).toBe(200)
  })

  it('answers 400 to a body that is not JSON', async () => {
    const reply = await send({ method: 'POST', path: '/api/listArticles', headers: { authorization: `Bearer ${server.token}` }, body: '{not json' })
    expect(reply.status).toBe(400)
    expect(errorCode(reply)).toBe('server.badJson')
  })

  it('answers invalid input and unknown operations with a Result error', async () => {
    const invalid = JSON.parse((await api('getArticle', { id: '../../etc/passwd' })).body)
    expect(invalid).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput', field: 'id' } })
    const unknown = JSON.parse((await api('dropTables')).body)
    expect(unknown).toMatchObject({ ok: false, error: { code: 'ipc.unknownOperation' } })
    const notFound = JSON.parse((await api('getArticle', { id: 'nope' })).body)
    expect(notFound).toMatchObject({ ok: false, error: { code: 'article.notFound' } })
  })

  it.each(['GET', 'PUT', 'DELETE'])('answers 405 to %s on /api/…', async (method) => {
    const reply = await send({ method, path: '/api/listArticles', headers: { authorization: `Bearer ${server.token}` } })
    expect(reply.status).toBe(405)
  })

  it('answers 405 to a POST outside /api/', async () => {
    expect((await send({ method: 'POST', path: '/index.html', body: '{}' })).status).toBe(405)
  })

  it('serves the renderer with its security headers, falling back to index.html', async () => {
    const index = await send({ path: '/' })
    expect(index.status).toBe(200)
    expect(index.body).toContain('<title>Scriptorium</title>')
    expect(index.headers['content-security-policy']).toContain("default-src 'self'")
    const script = await send({ path: '/assets/app.js' })
    expect(script.headers['content-type']).toMatch(/^text\/javascript/)
    expect(script.body).toBe('console.log("app")')
    const deep = await send({ path: '/library/some/route?token=x' })
    expect(deep.status).toBe(200)
    expect(deep.body).toContain('<title>Scriptorium</title>')
  })

  it.each(['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/../secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt'])(
    'never serves a file outside the renderer folder: %s',
    async (path) => {
      const reply = await send({ path })
      expect(reply.body).not.toContain(SECRET)
      expect([200, 400, 403, 404]).toContain(reply.status)
    }
  )

  it('answers 400, not 500, to a path or operation that is not valid percent-encoding', async () => {
    expect((await send({ path: '/%E0%A4%A' })).status).toBe(400)
    const reply = await send({ method: 'POST', path: '/api/%E0%A4%A', headers: { authorization: `Bearer ${server.token}` }, body: '{}' })
    expect(reply.status).toBe(400)
  })
})
