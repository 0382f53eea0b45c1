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
import { slowButValidHtml } from '../../fixtures/hostile/inputs'

const t = createTranslator('en')
let root: string
let ctx: AppContext
let server: RunningServer

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'scriptorium-server-hostile-'))
  const renderer = join(root, 'renderer')
  await mkdir(renderer, { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Scriptorium</title>')
  const settings = await SettingsStore.open(join(root, 'home'))
  ctx = await AppContext.start({ archiveDir: join(root, 'archive'), settings, t, mode: 'browser' })
  server = await startServer({ dispatch: createDispatcher(createHandlers(ctx), t), t, rendererDir: renderer, port: 0 })
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
  await rm(root, { recursive: true, force: true })
})

const api = (op: string, input: unknown): Promise<{ ok: boolean }> =>
  fetch(`http://127.0.0.1:${server.port}/api/${op}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input)
  }).then((reply) => reply.json() as Promise<{ ok: boolean }>)

describe('the server while a costly file is parsed', () => {
  it('answers listArticles at once, while the import of that file is still running', async () => {
    // About five seconds of Readability here, every nesting and size check passed.
    const data = Buffer.from(slowButValidHtml(400)).toString('base64')
    const started = Date.now()
    let importedAt = 0
    const importing = api('importContent', { name: 'slow.html', data }).finally(() => (importedAt = Date.now() - started))
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const listed = await api('listArticles', {})
    const listedAt = Date.now() - started
    expect(listed.ok).toBe(true)
    expect((await importing).ok).toBe(true)
    // Parsed on the main thread, the whole process (this test's timer too) waited for the parse.
    expect(listedAt).toBeLessThan(2500)
    expect(importedAt - listedAt).toBeGreaterThan(500)
  })
})
