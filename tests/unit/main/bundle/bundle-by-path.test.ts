import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BundleCheckResult, JobView } from '@shared/ipc/bundle-contract'
import { createTranslator } from '../../../../src/main/i18n'
import { exportBundle } from '../../../../src/main/services/bundle/export-service'
import { importNews, openApp, removeTempDirs, tempDir, type TestApp } from '../annotation/helpers'

afterEach(removeTempDirs)

async function finished(app: TestApp, job: JobView<BundleCheckResult>): Promise<JobView<BundleCheckResult>> {
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50))
    job = (await app.ok('jobStatus', { id: job.id })) as JobView<BundleCheckResult>
  }
  return job
}

describe('startBundleCheck by path (the desktop app names a large bundle instead of sending it)', () => {
  it('is refused in browser mode, where a page uploads files instead', async () => {
    const app = await openApp()
    expect(await app.err('startBundleCheck', { name: 'b.zip', path: '/etc/hostname' })).toMatchObject({ code: 'bundle.noLocalPath', field: 'path' })
    expect(await app.err('startBundleCheck', { name: 'b.zip', path: '/tmp/b.zip', data: 'UEs=' })).toMatchObject({ code: 'ipc.invalidInput' })
    await app.close()
  })

  it('in the desktop app, checks the file where it is and previews it, leaving it in place', async () => {
    const source = await openApp()
    const ids = await importNews(source)
    const out = join(await tempDir('scriptorium-bundle-'), 'two articles.zip')
    await exportBundle(source.ctx.archive, { ids, formats: ['json'], out, version: 'test', locale: 'en' }, createTranslator('en')).result
    const size = (await stat(out)).size

    const app = await openApp()
    app.ctx.readsLocalFiles = true
    const job = await finished(app, await app.ok('startBundleCheck', { name: 'two articles.zip', path: out }))
    expect(job.state).toBe('done')
    expect(job.result?.preview?.added.articles).toEqual([...ids].sort())
    await finished(app, (await app.ok('startBundleApply', { ticket: job.result!.ticket! })) as unknown as JobView<BundleCheckResult>)
    expect(ids.every((id) => app.ctx.archive.has(id))).toBe(true)
    expect((await stat(out)).size).toBe(size)
    expect(await app.err('startBundleCheck', { name: 'x', path: join(out, '..') })).toMatchObject({ code: 'bundle.notAFile', message: expect.stringContaining('is not a file') })
    await source.close()
    await app.close()
  }, 60_000)
})
