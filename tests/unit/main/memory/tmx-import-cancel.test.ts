import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/ipc/result'
import { TranslationMemory } from '../../../../src/main/services/memory'
import { ImportSwitch } from '../../../../src/main/services/memory/import-switch'
import { LocalMemory } from '../../../../src/main/services/memory/memory-backend'
import type { ImportProgress } from '../../../../src/main/services/memory/memory-core'
import { openApp, removeTempDirs, type TestApp } from '../annotation/helpers'
import { bigTmx, EARLIER_TMX } from './fixtures'

afterEach(removeTempDirs)

const importedJson = (app: TestApp): Promise<Buffer> => readFile(join(app.archiveDir, 'memory', 'imported.json'))

/** The import's rejection when it was cancelled: the translated code, naming the file. */
async function cancelledWith(work: Promise<unknown>): Promise<AppFailure> {
  const error = await work.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppFailure)
  expect(error).toMatchObject({ code: 'memory.importCancelled', params: { file: 'big.tmx' } })
  return error as AppFailure
}

/** Where a cancel can land: before the import starts, while parsing, at each step of adding units. */
const MOMENTS: { name: string; at: (stop: ImportSwitch) => ImportProgress | 'before' }[] = [
  { name: 'before it starts', at: () => 'before' },
  { name: 'while the file is read', at: (stop) => (stage) => stage === 'parsing' && stop.cancel() },
  { name: 'as units are first added', at: (stop) => (stage, done) => stage === 'indexing' && done === 0 && stop.cancel() },
  { name: 'half-way through the units', at: (stop) => (stage, done) => stage === 'indexing' && done >= 5_000 && stop.cancel() }
]

describe('cancelling a TMX import', () => {
  it('leaves memory/imported.json byte for byte and the lookups as they were, whenever it lands; the same file then imports', async () => {
    const app = await openApp()
    await app.ok('importTmx', { name: 'earlier.tmx', data: Buffer.from(EARLIER_TMX).toString('base64') })
    const before = await importedJson(app)
    // In this thread, so that each cancel lands exactly at its moment (the worker's progress reaches main later).
    const memory = new TranslationMemory(app.ctx.archive, new LocalMemory())
    const concordance = async (text: string) => (await memory.concordance(text, 'source')).map((hit) => hit.unit.target)
    const big = new TextEncoder().encode(bigTmx(12_000))
    for (const moment of MOMENTS) {
      const stop = new ImportSwitch('big.tmx')
      const progress = moment.at(stop)
      if (progress === 'before') stop.cancel()
      await cancelledWith(memory.importTmx('big.tmx', big, progress === 'before' ? undefined : progress, stop))
      expect(stop.cancelled, moment.name).toBe(true)
      expect((await importedJson(app)).equals(before), moment.name).toBe(true)
      expect(await concordance('丰收节'), moment.name).toEqual([])
      expect(await concordance('park')).toEqual(['公园开放'])
    }
    const stop = new ImportSwitch('big.tmx')
    expect(await memory.importTmx('big.tmx', big, undefined, stop)).toEqual({ added: 12_000, unchanged: 0, skipped: 0 })
    // Too late: the import landed, and says so.
    expect(stop.cancel()).toBe(false)
    expect(await concordance('第11999号村')).toEqual(['Village No. 11999 held a harvest festival with 299 villagers.'])
    expect(JSON.parse((await importedJson(app)).toString()).units).toHaveLength(12_001)
    await memory.close()
    await app.close()
  })

  it('through the operations (the memory worker): a cancel may even arrive before its import, and one after the end is refused', async () => {
    const app = await openApp()
    const data = Buffer.from(bigTmx(6_000)).toString('base64')
    // A large upload still on its way when Cancel is pressed.
    expect(await app.ok('cancelTmxImport', { importId: 'early-1' })).toEqual({ cancelled: true })
    const early = await app.err('importTmx', { name: 'big.tmx', data, importId: 'early-1' })
    expect(early).toMatchObject({ code: 'memory.importCancelled', message: 'The import of big.tmx was cancelled. Nothing was added to the memory.' })
    expect((await app.ok('memoryConcordance', { text: '丰收节', side: 'source' })).hits).toEqual([])

    const running = app.err('importTmx', { name: 'big.tmx', data, importId: 'mid-1' })
    expect(await app.ok('cancelTmxImport', { importId: 'mid-1' })).toEqual({ cancelled: true })
    expect((await running).code).toBe('memory.importCancelled')
    expect((await app.ok('memoryConcordance', { text: '丰收节', side: 'source' })).hits).toEqual([])

    expect(await app.ok('importTmx', { name: 'big.tmx', data, importId: 'last-1' })).toEqual({ added: 6_000, unchanged: 0, skipped: 0 })
    expect(await app.ok('cancelTmxImport', { importId: 'last-1' })).toEqual({ cancelled: false })
    expect((await app.ok('memoryConcordance', { text: '第5999号村', side: 'source' })).hits).toHaveLength(1)
    await app.close()
  })
})
