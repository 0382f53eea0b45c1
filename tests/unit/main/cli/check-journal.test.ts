import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { stableStringify } from '../../../../src/main/archive/stable-json'
import { createTranslator } from '../../../../src/main/i18n'
import { annotation, makeDoc } from '../archive/helpers'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

/** An archive of two articles where a merge was killed after writing only the first of them. */
async function interruptedMerge(): Promise<{ home: string; archive: string }> {
  const home = await tempDir()
  const dir = join(home, 'archive')
  const archive = await Archive.open(dir, { seed: () => [makeDoc('a'), makeDoc('b')] })
  await archive.close()
  const tagged = (id: string) => stableStringify({ ...makeDoc(id), annotations: [annotation('n1')] })
  const steps = ['a', 'b'].map((id) => ({ op: 'write', path: `articles/${id}.json`, text: tagged(id) }))
  const plan = { kind: 'scriptorium.journal', schemaVersion: 1, id: 'm1', label: 'entity.merge', createdAt: '2024-05-01T08:00:00.000Z', steps }
  await writeFile(join(dir, 'journal', 'm1.json'), JSON.stringify(plan))
  await writeFile(join(dir, 'articles', 'a.json'), tagged('a'))
  return { home, archive: dir }
}

describe('scriptorium check after a crash during a compound change', () => {
  it('finishes the change, says so, and counts the archive healthy', async () => {
    const { home, archive } = await interruptedMerge()
    const run = await cli(['check', '--json', '--archive', archive], home)
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as { ok: boolean; journals: unknown[] }
    expect(report.ok).toBe(true)
    expect(report.journals).toEqual([{ id: 'm1', label: 'entity.merge', createdAt: '2024-05-01T08:00:00.000Z', paths: ['articles/a.json', 'articles/b.json'] }])
    const rows = JSON.parse((await cli(['list', '--json', '--archive', archive], home)).stdout) as { annotationCount: number }[]
    expect(rows.map((row) => row.annotationCount)).toEqual([1, 1])
  })

  it('names the change in the interface language', async () => {
    const english = await interruptedMerge()
    const run = await cli(['check', '--archive', english.archive], english.home)
    expect(run.stdout).toContain('Finished a change that a crash interrupted (merge entities, begun 2024-05-01T08:00:00.000Z; 2 files)')
    const chinese = await interruptedMerge()
    const zh = await cli(['check', '--archive', chinese.archive], chinese.home, { t: createTranslator('zh-CN') })
    expect(zh.stdout).toContain('已完成一项被崩溃中断的更改（合并实体，开始于 2024-05-01T08:00:00.000Z；2 个文件）')
  })
})
