import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ChangeEvent } from '@shared/ipc/change-events'
import { AppFailure } from '@shared/ipc/result'
import { ChangeFeed } from '../../../src/main/change-feed'
import { createTranslator } from '../../../src/main/i18n'
import { startServer } from '../../../src/main/server'
import { Jobs } from '../../../src/main/services/jobs/jobs'

const t = createTranslator('en')
const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

function jobs() {
  const feed = new ChangeFeed()
  const events: ChangeEvent[] = []
  feed.subscribe((event) => events.push(event))
  return { jobs: new Jobs(feed, t), events }
}

/** Work the test finishes by hand. */
function manual<R>() {
  let resolve!: (value: R) => void
  let reject!: (error: unknown) => void
  const result = new Promise<R>((ok, fail) => ((resolve = ok), (reject = fail)))
  return { result, resolve, reject, cancel: () => reject(new AppFailure('job.cancelled', 'Cancelled')) }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('jobs', () => {
  it('answers at once, publishes progress (throttled) and the result on the feed', async () => {
    const { jobs: registry, events } = jobs()
    const work = manual<string>()
    let report!: (done: number, total: number) => void
    const view = registry.start({ kind: 'export', run: (progress) => ((report = progress), work) })
    expect(view).toMatchObject({ state: 'running', done: 0 })
    report(1, 10)
    report(2, 10)
    expect(registry.view(view.id)).toMatchObject({ done: 2, total: 10 })
    work.resolve('the zip')
    await settle()
    expect(registry.view(view.id)).toMatchObject({ state: 'done', result: 'the zip' })
    const mine = events.flatMap((e) => (e.type === 'job' && e.job.id === view.id ? [e.job] : []))
    expect(mine.at(-1)).toMatchObject({ state: 'done', result: 'the zip' })
    expect(mine.length).toBeLessThan(4)
  })

  it('cancels, and reports a failure as a translated error', async () => {
    const { jobs: registry } = jobs()
    const cancelled = registry.start({ kind: 'export', run: () => manual<string>() })
    registry.cancel(cancelled.id)
    const failing = manual<string>()
    const failed = registry.start({ kind: 'bundleCheck', run: () => failing })
    failing.reject(new AppFailure('bundle.expired', 'gone'))
    await settle()
    expect(registry.view(cancelled.id).state).toBe('cancelled')
    expect(registry.view(failed.id)).toMatchObject({ state: 'failed', error: { code: 'bundle.expired', message: t('errors:bundle.expired') } })
    expect(() => registry.view('j_0000000000000000')).toThrow(AppFailure)
  })
})

describe('GET /api/download', () => {
  it('streams a finished export for its key only; a wrong key gets a 404 and no bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scriptorium-download-'))
    dirs.push(dir)
    const file = join(dir, 'b.zip')
    await writeFile(file, 'PK zip bytes')
    const server = await startServer({
      dispatch: async () => ({ ok: true, value: null }),
      t,
      rendererDir: dir,
      downloads: (job, key) => (job === 'j_1' && key === 'secret' ? { path: file, fileName: 'scriptorium-2026-01-01.zip' } : null)
    })
    try {
      const base = `http://127.0.0.1:${server.port}/api/download`
      const good = await fetch(`${base}?job=j_1&key=secret`)
      expect(good.status).toBe(200)
      expect(good.headers.get('content-disposition')).toBe('attachment; filename="scriptorium-2026-01-01.zip"')
      expect(await good.text()).toBe('PK zip bytes')
      const bad = await fetch(`${base}?job=j_1&key=guess`)
      expect(bad.status).toBe(404)
      expect(await bad.text()).not.toContain('PK')
    } finally {
      await server.close()
    }
  })
})
