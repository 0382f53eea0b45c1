import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DAMAGE_LOG_KEPT, DamageLog, readDamageLog, unreported } from '../../../../src/main/archive/damage-log'
import { PendingSummaries } from '../../../../src/main/archive/pending-summaries'
import { removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

const note = (n: number) => ({ kind: 'lost' as const, file: `articles/a${n}.json`, detail: `number ${n}` })

describe('damage.log.json', () => {
  it('tells what a check has not reported yet, also after the oldest entries were dropped', async () => {
    const log = new DamageLog(join(await tempDir(), 'damage.log.json'))
    await log.append([note(1), note(2)])
    expect(unreported(await log.read()).map((e) => e.detail)).toEqual(['number 1', 'number 2'])
    await log.markReported()
    expect(unreported(await log.read())).toEqual([])
    await log.append(Array.from({ length: DAMAGE_LOG_KEPT + 5 }, (_, i) => note(100 + i)))
    const doc = await log.read()
    expect(doc.entries).toHaveLength(DAMAGE_LOG_KEPT)
    expect(unreported(doc)).toHaveLength(DAMAGE_LOG_KEPT)
    expect(doc.entries.at(-1)?.detail).toBe(`number ${100 + DAMAGE_LOG_KEPT + 4}`)
  })

  it('an unreadable log starts afresh instead of blocking the archive', async () => {
    const file = join(await tempDir(), 'damage.log.json')
    await writeFile(file, '{"entries": [garbage')
    expect((await readDamageLog(file)).entries).toEqual([])
    await new DamageLog(file).append([note(1)])
    expect(JSON.parse(await readFile(file, 'utf8')).entries).toHaveLength(1)
  })
})

describe('pending summaries', () => {
  it('an article written while the catalog is being saved stays pending', async () => {
    const dir = await tempDir()
    const pending = new PendingSummaries(dir)
    await pending.willWrite('a')
    pending.done('a')
    await pending.willWrite('b') // still being written when the catalog is serialised
    const saving = pending.snapshot()
    await pending.willWrite('a') // written again while the catalog is on its way to disk
    pending.done('a')
    pending.done('b')
    await pending.saved(saving)
    expect((await PendingSummaries.read(dir)).sort()).toEqual(['a', 'b'])
    await pending.saved(pending.snapshot())
    expect(await PendingSummaries.read(dir)).toEqual([])
  })
})
