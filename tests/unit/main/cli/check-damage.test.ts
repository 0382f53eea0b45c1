import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

interface CheckReport {
  ok: boolean
  damage: { kind: string; file: string; detail: string }[]
  earlierDamage: number
}

/** A new archive (the four samples) whose sample-2 has been changed once, so it has a last good copy. */
async function setup(): Promise<{ home: string; archive: string }> {
  const home = await tempDir()
  const archive = join(home, 'archive')
  expect((await cli(['list', '--archive', archive], home)).code).toBe(0)
  expect((await cli(['annotate', 'sample-2', '--type', 'PLACE', '--quote', 'the', '--archive', archive], home)).code).toBeLessThan(2)
  return { home, archive }
}

const check = async (archive: string, home: string) => {
  const run = await cli(['check', '--json', '--archive', archive], home)
  return { code: run.code, report: JSON.parse(run.stdout) as CheckReport }
}

describe('check reports what earlier runs repaired', () => {
  it('a deleted shard restored by `list` appears in the next check, which exits 1 once', async () => {
    const { home, archive } = await setup()
    await rm(join(archive, 'articles', 'sample-2.json'))
    const list = await cli(['list', '--json', '--archive', archive], home)
    expect((JSON.parse(list.stdout) as { id: string }[]).map((r) => r.id)).toContain('sample-2')

    const first = await check(archive, home)
    expect(first.code).toBe(1)
    expect(first.report.damage).toEqual([expect.objectContaining({ kind: 'restored', file: 'articles/sample-2.json' })])
    const second = await check(archive, home)
    expect(second).toMatchObject({ code: 0, report: { ok: true, damage: [], earlierDamage: 1 } })
  })

  it('a deleted articles/ folder and a missing quarantine/ are reported, in English and Chinese', async () => {
    const { home, archive } = await setup()
    await rm(join(archive, 'articles'), { recursive: true })
    await rm(join(archive, 'quarantine'), { recursive: true })
    const run = await cli(['check', '--archive', archive], home)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Folder missing: articles')
    expect(run.stdout).toContain('Folder missing: quarantine')
    expect(run.stdout).toContain('Restored: articles/sample-2.json')
    expect(run.stdout).toContain('Lost: articles/sample-1.json')

    await rm(join(archive, 'quarantine'), { recursive: true })
    const zh = await cli(['check', '--archive', archive], home, { t: createTranslator('zh-CN') })
    expect(zh.code).toBe(1)
    expect(zh.stdout).toContain('文件夹缺失：quarantine')
    expect(zh.stdout).toMatch(/另有 \d+ 条先前已报告/)
  })

  it('a shard without schemaVersion is not emptied: check restores it and keeps the bytes', async () => {
    const { home, archive } = await setup()
    const file = join(archive, 'articles', 'sample-2.json')
    const doc = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    delete doc.schemaVersion
    await writeFile(file, JSON.stringify(doc))
    const { code, report } = await check(archive, home)
    expect(code).toBe(1)
    expect(report.damage).toEqual([expect.objectContaining({ kind: 'restored', detail: expect.stringContaining('schemaVersion') })])
    const restored = JSON.parse(await readFile(file, 'utf8')) as { versions: { text: string }[] }
    expect(restored.versions[0]?.text.length).toBeGreaterThan(100)
    expect(JSON.parse(await readFile(join(archive, 'quarantine', 'sample-2.json'), 'utf8'))).toEqual(doc)
  })

  it('--no-repair reports the damage, leaves every file as it is and keeps it for the next check', async () => {
    const { home, archive } = await setup()
    const file = join(archive, 'articles', 'sample-2.json')
    await writeFile(file, 'garbage')
    const run = await cli(['check', '--no-repair', '--json', '--archive', archive], home)
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as CheckReport & { readOnly: boolean }
    expect(report).toMatchObject({ ok: false, readOnly: true, damage: [expect.objectContaining({ kind: 'unreadable', file: 'articles/sample-2.json' })] })
    expect(await readFile(file, 'utf8')).toBe('garbage')
    expect((await cli(['check', '--no-repair', '--archive', archive], home)).stdout).toContain('Opened read-only')

    const repaired = await check(archive, home)
    expect(repaired.code).toBe(1)
    expect(repaired.report.damage).toEqual([expect.objectContaining({ kind: 'restored', file: 'articles/sample-2.json' })])
  })
})
