import { existsSync } from 'node:fs'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { BAISHUI_ZH, LIANHE, NEWS_DIR, SONGMEI } from '../../../fixtures/news'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

const SAMPLES = ['sample-1', 'sample-2', 'sample-3', 'sample-4']
const LINE_KEYS = ['file', 'status', 'id', 'encoding', 'reason']

interface ImportLine {
  file: string
  status: 'imported' | 'duplicate' | 'failed'
  id?: string
  encoding?: string
  reason?: string
}
interface ListRow {
  id: string
  title: string
  date: string | null
  source: string
  language: string
  annotationCount: number
}

/** `import --json` prints one object per line, each with only the public keys. */
function importLines(stdout: string): ImportLine[] {
  return stdout.split('\n').map((line) => {
    const value = JSON.parse(line) as ImportLine
    for (const key of Object.keys(value)) expect(LINE_KEYS).toContain(key)
    if (value.status === 'failed') {
      expect(typeof value.reason).toBe('string')
      expect(value.id).toBeUndefined()
    } else {
      expect(value.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
      expect(value.reason).toBeUndefined()
    }
    return value
  })
}

async function setup() {
  const home = await tempDir()
  return { home, archive: join(home, 'archive-under-test') }
}

describe('scriptorium import / list / show', () => {
  it('creates a new archive with the four samples', async () => {
    const { home, archive } = await setup()
    const run = await cli(['list', '--json', '--archive', archive], home)
    expect(run.code).toBe(0)
    const rows = JSON.parse(run.stdout) as ListRow[]
    expect(rows.map((r) => r.id).sort()).toEqual(SAMPLES)
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['annotationCount', 'date', 'id', 'language', 'source', 'title'])
  })

  it('imports a folder of news with one JSON line per file, and lists each article with its metadata', async () => {
    const { home, archive } = await setup()
    const run = await cli(['import', '--json', NEWS_DIR, '--archive', archive], home)
    expect(run.code).toBe(0)
    expect(run.err).toEqual([])
    const lines = importLines(run.stdout)
    expect(lines.map((l) => l.file)).toEqual([BAISHUI_ZH.file, LIANHE.file, SONGMEI.file])
    for (const line of lines) expect(line).toEqual({ file: expect.any(String), status: 'imported', id: expect.any(String), encoding: 'utf-8' })
    const [baishuiId, , songmeiId] = lines.map((l) => l.id!)

    const list = await cli(['list', '--json', '--archive', archive], home)
    const rows = JSON.parse(list.stdout) as ListRow[]
    expect(rows).toHaveLength(SAMPLES.length + 3)
    const songmei = rows.find((r) => r.id === songmeiId)!
    expect(songmei).toMatchObject({ date: SONGMEI.date, source: SONGMEI.source, language: 'en', annotationCount: 0 })
    expect(songmei.title.startsWith(SONGMEI.titleStart)).toBe(true)
    expect(songmei.title).not.toContain('Date:')
    expect(rows.find((r) => r.id === baishuiId)).toMatchObject({ title: BAISHUI_ZH.title, date: BAISHUI_ZH.date, source: BAISHUI_ZH.source, language: 'zh' })

    const again = await cli(['import', '--json', NEWS_DIR, '--archive', archive], home)
    expect(again.code).toBe(0)
    expect(importLines(again.stdout).map((l) => [l.status, l.id])).toEqual(lines.map((l) => ['duplicate', l.id]))
  })

  it('reports a failing input with exit 1 while the other inputs still import', async () => {
    const { home, archive } = await setup()
    const empty = join(home, 'empty.txt')
    const binary = join(home, 'image.txt')
    await writeFile(empty, '')
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]))
    const missing = join(home, 'missing.txt')
    const run = await cli(['import', '--json', empty, SONGMEI.file, missing, binary, NEWS_DIR, '--archive', archive], home)
    expect(run.code).toBe(1)
    const lines = importLines(run.stdout)
    expect(lines.map((l) => [l.file, l.status])).toEqual([
      [empty, 'failed'],
      [SONGMEI.file, 'imported'],
      [missing, 'failed'],
      [binary, 'failed'],
      [BAISHUI_ZH.file, 'imported'],
      [LIANHE.file, 'imported'],
      [SONGMEI.file, 'duplicate']
    ])
    expect(lines[6]!.id).toBe(lines[1]!.id)
    const rows = JSON.parse((await cli(['list', '--json', '--archive', archive], home)).stdout) as ListRow[]
    expect(rows).toHaveLength(SAMPLES.length + 3)
  })

  it('prints human lines and a summary without --json', async () => {
    const { home, archive } = await setup()
    const run = await cli(['import', SONGMEI.file, join(home, 'nope.txt'), '--archive', archive], home)
    expect(run.code).toBe(1)
    expect(run.out.join('\n')).toMatch(/imported .*songmei-volunteer-month\.txt/)
    expect(run.out.at(-1)).toBe('1 imported, 0 already in the archive, 1 failed.')
    expect(run.err.join('\n')).toMatch(/failed .*nope\.txt/)
  })

  it('shows the stored article flattened, with origin and versions', async () => {
    const { home, archive } = await setup()
    const imported = importLines((await cli(['import', '--json', SONGMEI.file, '--archive', archive], home)).stdout)
    const id = imported[0]!.id!
    const run = await cli(['show', id, '--json', '--archive', archive], home)
    expect(run.code).toBe(0)
    const shown = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(shown)).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'date', 'source', 'language', 'tags', 'importedAt', 'origin', 'versions', 'annotations', 'relations', 'entities', 'history']))
    expect(shown).not.toHaveProperty('article')
    expect(shown).toMatchObject({
      schemaVersion: 2,
      id,
      date: SONGMEI.date,
      source: SONGMEI.source,
      origin: { fileName: SONGMEI.fileName, format: 'txt', encoding: 'utf-8', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      annotations: [],
      relations: [],
      entities: []
    })
    const versions = shown.versions as { lang: string; role: string; origin: string; text: string }[]
    expect(versions[0]).toMatchObject({ lang: 'en', role: 'original', origin: expect.any(String) })
    expect(versions[0]!.text).toMatch(/^This year is the 30th anniversary/)
    expect((shown.history as unknown[]).length).toBeGreaterThan(0)

    const human = await cli(['show', id, '--archive', archive], home)
    expect(human.out[0]!.startsWith(SONGMEI.titleStart)).toBe(true)
    expect(human.stdout).toContain(`Source: ${SONGMEI.source}`)
  })

  it('exits 1 with a translated message for an id that is not in the archive', async () => {
    const { home, archive } = await setup()
    const run = await cli(['show', 'no-such-article', '--archive', archive], home)
    expect(run.code).toBe(1)
    expect(run.err.join('\n')).toContain('No article with the id “no-such-article”')
  })

  it('uses SCRIPTORIUM_ARCHIVE, else the default folder under SCRIPTORIUM_HOME', async () => {
    const home = await tempDir()
    const viaEnv = join(home, 'from-env')
    expect((await cli(['list', '--json'], home, { env: { SCRIPTORIUM_ARCHIVE: viaEnv } })).code).toBe(0)
    expect(existsSync(join(viaEnv, 'archive.json'))).toBe(true)
    expect((await cli(['list', '--json'], home)).code).toBe(0)
    expect(existsSync(join(home, 'archive', 'archive.json'))).toBe(true)
  })
})

describe('scriptorium check', () => {
  it('reports a healthy archive with exit 0', async () => {
    const { home, archive } = await setup()
    const run = await cli(['check', '--json', '--archive', archive], home)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ archive, ok: true, readOnly: false, repaired: true, shards: 4, quarantined: [], catalogRebuilt: false, migrated: 0, journals: [], memory: { units: 0, articles: 0 }, damage: [], earlierDamage: 0, trash: { articles: 0, entities: 0 }, searchIndex: { articles: 4 } })
  })

  it('quarantines a corrupted shard, lists it and exits 1; the rest stays readable', async () => {
    const { home, archive } = await setup()
    await cli(['list', '--archive', archive], home)
    await writeFile(join(archive, 'articles', 'sample-2.json'), '{"schemaVersion": 1, "article": garbage \u0000')
    const run = await cli(['check', '--json', '--archive', archive], home)
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as { ok: boolean; shards: number; quarantined: { file: string; reason: string; storedAs: string }[] }
    expect(report.ok).toBe(false)
    expect(report.quarantined).toEqual([{ file: 'sample-2.json', reason: expect.any(String), storedAs: expect.any(String) }])
    expect(await readdir(join(archive, 'quarantine'))).toContain(report.quarantined[0]!.storedAs)
    expect(report.shards).toBe(3)

    const human = await cli(['check', '--archive', archive], home)
    expect(human.code).toBe(0)
    const rows = JSON.parse((await cli(['list', '--json', '--archive', archive], home)).stdout) as ListRow[]
    expect(rows.map((r) => r.id).sort()).toEqual(['sample-1', 'sample-3', 'sample-4'])
  })

  it('prints the quarantined file in the human report too', async () => {
    const { home, archive } = await setup()
    await cli(['list', '--archive', archive], home)
    await writeFile(join(archive, 'articles', 'sample-3.json'), 'not json at all')
    const run = await cli(['check', '--archive', archive], home)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Quarantined: articles/sample-3.json')
  })
})

describe('scriptorium on a locked archive', () => {
  it.each([
    ['en', /in use by process \d+ on /],
    ['zh-CN', /正被 .* 上的进程 \d+ 使用/]
  ] as const)('a writing command exits 1 with the "in use by" message (%s)', async (language, message) => {
    const { home, archive } = await setup()
    const t = createTranslator(language)
    const ctx = await AppContext.start({ archiveDir: archive, settings: await SettingsStore.open(join(home, 'app')), t, mode: 'browser' })
    try {
      for (const argv of [['import', SONGMEI.file], ['annotate', 'sample-1', '--type', 'PLACE', '--quote', 'Lanxia City']]) {
        const run = await cli([...argv, '--archive', archive], home, { t })
        expect(run.code).toBe(1)
        expect(run.out).toEqual([])
        expect(run.err.join('\n')).toMatch(message)
        expect(run.err.join('\n')).toContain(String(process.pid))
      }
    } finally {
      await ctx.close()
    }
    expect((await cli(['list', '--archive', archive], home, { t })).code).toBe(0)
  })
})
