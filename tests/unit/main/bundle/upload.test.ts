import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { request } from 'node:http'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { afterEach, describe, expect, it } from 'vitest'
import type { BundleCheckResult, JobView } from '@shared/ipc/bundle-contract'
import { createTranslator } from '../../../../src/main/i18n'
import { startServer, type RunningServer } from '../../../../src/main/server'
import { UploadStore } from '../../../../src/main/services/bundle/uploads'
import { writeLargeBundle } from '../../../fixtures/bundle/large-bundle'
import { openApp, removeTempDirs, tempDir, type TestApp } from '../annotation/helpers'

afterEach(removeTempDirs)

const t = createTranslator('en')

interface Answer {
  /** 0 when the server closed the connection before an answer could be read (see below). */
  status: number
  body: { ok: boolean; value?: { upload: string; bytes: number }; error?: { code: string; message: string } } | null
}

/** POSTs a file to /api/upload, streamed from disk (with its Content-Length, or chunked). */
async function upload(server: RunningServer, file: string, options: { chunked?: boolean } = {}): Promise<Answer> {
  const size = (await stat(file)).size
  const headers: Record<string, string> = { authorization: `Bearer ${server.token}`, 'content-type': 'application/octet-stream', host: `127.0.0.1:${server.port}` }
  if (!options.chunked) headers['content-length'] = String(size)
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/api/upload', method: 'POST', headers }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }))
    })
    // Refused midway, the server answers and closes while the body is still being sent: the
    // client may then fail to write (EPIPE) before it reads the answer.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve({ status: 0, body: null }) : reject(error)))
    pipeline(createReadStream(file), req).catch(() => undefined)
  })
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function served(app: TestApp, uploads: UploadStore, uploadLimit?: number): Promise<RunningServer> {
  return startServer({ dispatch: app.dispatch, t, rendererDir: app.home, uploads, uploadLimit })
}

/** The store's private folder (where uploads land), and what is in it. */
async function uploadFolder(uploads: UploadStore): Promise<{ folder: string; files: () => Promise<string[]> }> {
  const folder = dirname((await uploads.create()).path)
  return { folder, files: () => readdir(folder) }
}

describe('POST /api/upload (browser mode sends bundles as a stream)', () => {
  it('takes a 200 MB bundle streamed to a temporary file, and the check reads it from there', async () => {
    const app = await openApp()
    const dir = await tempDir('scriptorium-upload-')
    const file = join(dir, 'large bundle.zip')
    await writeLargeBundle(file, 200)
    const size = (await stat(file)).size
    expect(size).toBeGreaterThan(200 * 1024 * 1024)
    const server = await served(app, app.ctx.uploads)
    try {
      const answer = await upload(server, file)
      expect(answer).toMatchObject({ status: 200, body: { ok: true, value: { bytes: size } } })
      const uploaded = answer.body!.value!.upload
      const started = await app.ok('startBundleCheck', { name: 'large bundle.zip', upload: uploaded })
      const job = (await until(
        () => app.ok('jobStatus', { id: started.id }),
        (view) => view.state !== 'running'
      )) as JobView<BundleCheckResult>
      expect(job).toMatchObject({ state: 'done', result: { problems: [] } })
      expect(job.result?.preview?.added.articles).toEqual([])
      // Taken once: the same upload cannot be checked again.
      expect((await app.err('startBundleCheck', { name: 'again.zip', upload: uploaded })).code).toBe('bundle.uploadExpired')
    } finally {
      await server.close()
      await app.close()
    }
  }, 180_000)

  it('refuses a file over the limit with a translated message, declared or not, and keeps nothing', async () => {
    const app = await openApp()
    const uploads = new UploadStore()
    const { files } = await uploadFolder(uploads)
    const dir = await tempDir('scriptorium-upload-')
    const file = join(dir, 'two.zip')
    await writeLargeBundle(file, 2)
    const server = await served(app, uploads, 1024 * 1024)
    try {
      const declared = await upload(server, file)
      expect(declared.status).toBe(413)
      expect(declared.body?.error).toEqual({ code: 'server.uploadTooLarge', message: t('errors:server.uploadTooLarge', { limit: 1 }), params: { limit: 1 } })
      expect(declared.body?.error?.message).toContain('1 MB')
      // Without a declared size, it is stopped once past the limit (the answer may be cut off with the connection).
      const chunked = await upload(server, file, { chunked: true })
      if (chunked.status !== 0) expect(chunked).toMatchObject({ status: 413, body: { error: { code: 'server.uploadTooLarge' } } })
      expect(await until(files, (names) => names.length === 0)).toEqual([])
    } finally {
      await server.close()
      uploads.close()
      await app.close()
    }
  }, 60_000)

  it('an upload cut short (the user cancelled) leaves nothing behind', async () => {
    const app = await openApp()
    const uploads = new UploadStore()
    const { files } = await uploadFolder(uploads)
    const server = await served(app, uploads)
    try {
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        path: '/api/upload',
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}`, 'content-length': String(10 * 1024 * 1024), host: `127.0.0.1:${server.port}` }
      })
      req.on('error', () => undefined)
      req.write(Buffer.alloc(1024 * 1024))
      await until(files, (names) => names.length === 1)
      req.destroy()
      expect(await until(files, (names) => names.length === 0)).toEqual([])
      expect((await app.err('startBundleCheck', { name: 'cut.zip', upload: 'u_0123456789abcdef' })).code).toBe('bundle.uploadExpired')
      // A check names its bundle one way: bytes or an upload, never neither or both.
      expect(await app.err('startBundleCheck', { name: 'none.zip' })).toMatchObject({ code: 'ipc.invalidInput', field: 'data' })
      expect(await app.err('startBundleCheck', { name: 'both.zip', data: 'UEsDBA==', upload: 'u_0123456789abcdef' })).toMatchObject({ code: 'ipc.invalidInput', field: 'data' })
    } finally {
      await server.close()
      uploads.close()
      await app.close()
    }
  }, 60_000)
})
