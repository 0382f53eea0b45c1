import { request as httpRequest, type IncomingMessage } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeEvent } from '@shared/ipc/change-events'
import { AppContext } from '../../../../src/main/app-context'
import { createDispatcher } from '../../../../src/main/dispatch'
import { createHandlers } from '../../../../src/main/handlers'
import { createTranslator } from '../../../../src/main/i18n'
import { startServer, type RunningServer } from '../../../../src/main/server'
import { SettingsStore } from '../../../../src/main/settings-store'

const t = createTranslator('en')
let root: string
let ctx: AppContext
let server: RunningServer

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'scriptorium-events-'))
  await mkdir(join(root, 'renderer'))
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Scriptorium</title>')
  ctx = await AppContext.start({ archiveDir: join(root, 'archive'), settings: await SettingsStore.open(join(root, 'home')), t, mode: 'browser' })
  server = await startServer({ dispatch: createDispatcher(createHandlers(ctx), t), t, rendererDir: join(root, 'renderer'), port: 0, feed: ctx.feed })
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
  await rm(root, { recursive: true, force: true })
})

function open(headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method: 'GET', path: '/api/events', headers: { host: `127.0.0.1:${server.port}`, ...headers } }, resolve)
    req.on('error', reject)
    req.end()
  })
}

/** The parsed `data:` lines the stream carries until `count` of them arrived. */
function read(res: IncomingMessage, count: number): Promise<ChangeEvent[]> {
  return new Promise((resolve) => {
    let text = ''
    res.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const events = text
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => JSON.parse(line.slice(6)) as ChangeEvent)
      if (events.length >= count) {
        res.destroy()
        resolve(events)
      }
    })
  })
}

describe('GET /api/events', () => {
  it('streams every change as Server-Sent Events to a tab with the token', async () => {
    const res = await open({ authorization: `Bearer ${server.token}` })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/)
    const events = read(res, 1)
    ctx.feed.publish({ type: 'registry' })
    expect(await events).toEqual([{ type: 'registry' }])
  })

  it('refuses a request without the token, or from another origin, like every operation', async () => {
    const anonymous = await open({})
    expect(anonymous.statusCode).toBe(401)
    anonymous.resume()
    const foreign = await open({ authorization: `Bearer ${server.token}`, origin: 'http://evil.example' })
    expect(foreign.statusCode).toBe(403)
    foreign.resume()
  })
})
