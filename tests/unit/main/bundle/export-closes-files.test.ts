import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { createTranslator } from '../../../../src/main/i18n'
import { exportBundle } from '../../../../src/main/services/bundle/export-service'
import { makeDoc, removeTempDirs, tempDir } from '../archive/helpers'

afterEach(removeTempDirs)

const t = createTranslator('en')

/** Descriptors this process holds open (each test file runs in a process of its own). */
const openFiles = async (): Promise<number> => (await readdir('/proc/self/fd')).length

/** The count of open descriptors once the worker has ended (it ends a moment after its answer). */
async function settledOpenFiles(baseline: number): Promise<number> {
  for (let tries = 0; tries < 40 && (await openFiles()) > baseline; tries++) await sleep(50)
  return openFiles()
}

describe.runIf(process.platform === 'linux')('an export closes every file it opens', () => {
  it('when it completes, when it is cancelled, and when an article cannot be read', async () => {
    const archive = await Archive.open(join(await tempDir(), 'arch'))
    const ids = Array.from({ length: 40 }, (_, i) => `a${i}`)
    for (const id of ids) await archive.create(makeDoc(id, `Text of ${id}. `.repeat(200)))
    const folder = await tempDir()
    const start = (name: string, only = ids) => exportBundle(archive, { ids: only, formats: ['json', 'txt', 'wa'], out: join(folder, name), version: 'test', locale: 'en' }, t)
    const baseline = await openFiles()

    await start('done.zip').result
    expect(await settledOpenFiles(baseline)).toBe(baseline)

    const cancelled = start('cancelled.zip')
    cancelled.cancel()
    await expect(cancelled.result).rejects.toMatchObject({ code: 'job.cancelled' })
    expect(await settledOpenFiles(baseline)).toBe(baseline)

    await writeFile(join(archive.dir, 'articles', 'a20.json'), 'not json at all')
    const failed = start('failed.zip')
    await expect(failed.result).rejects.toMatchObject({ code: 'article.damaged', params: { id: 'a20' } })
    expect(await settledOpenFiles(baseline)).toBe(baseline)

    expect(await readdir(folder)).toEqual(['done.zip'])
    await archive.close()
  })
})
