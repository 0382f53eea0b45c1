import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '@shared/model'
import { Archive } from '../../../../src/main/archive'
import { stableStringify } from '../../../../src/main/archive/stable-json'
import { makeDoc, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

/** An archive with articles a, b, c whose catalog has been written, then closed. */
async function archiveWith(ids = ['a', 'b', 'c']): Promise<string> {
  const dir = join(await tempDir(), 'arch')
  const archive = await Archive.open(dir)
  for (const id of ids) await archive.create(makeDoc(id))
  await archive.close()
  return dir
}

const ids = (archive: Archive) => archive.list().map((s) => s.id)

describe('quarantine', () => {
  it('moves a shard that is not JSON and one that fails the schema; the rest opens', async () => {
    const dir = await archiveWith()
    await writeFile(join(dir, 'articles', 'b.json'), '{"schemaVersion": 1, "article": ')
    const invalid = makeDoc('c') as unknown as { versions: unknown[] }
    invalid.versions = [{ id: 'original', lang: 'en', role: 'sideways', origin: 'unknown', text: 'x' }]
    await writeFile(join(dir, 'articles', 'c.json'), stableStringify(invalid))
    // The catalog still lists b and c; only shards it lacks are read at open, so drop it.
    await rm(join(dir, 'archive.json'))
    const archive = await Archive.open(dir)
    expect(ids(archive)).toEqual(['a'])
    const report = archive.report.quarantined.map(({ file, reason }) => ({ file, reason }))
    expect(report).toEqual(
      expect.arrayContaining([
        { file: 'b.json', reason: expect.stringContaining('not valid JSON') },
        { file: 'c.json', reason: expect.stringContaining('versions.0.role') }
      ])
    )
    expect((await readdir(join(dir, 'quarantine'))).sort()).toEqual(['b.json', 'c.json'])
    expect(await readdir(join(dir, 'articles'))).toEqual(['a.json'])
    await archive.close()
  })

  it('keeps earlier quarantined files, adding a suffix to the new one', async () => {
    const dir = await archiveWith(['a'])
    await writeFile(join(dir, 'quarantine', 'x.json'), 'earlier')
    await writeFile(join(dir, 'articles', 'x.json'), 'garbage')
    const archive = await Archive.open(dir)
    expect(archive.report.quarantined).toEqual([expect.objectContaining({ file: 'x.json', storedAs: 'x.1.json' })])
    expect(await readFile(join(dir, 'quarantine', 'x.json'), 'utf8')).toBe('earlier')
    expect(await readFile(join(dir, 'quarantine', 'x.1.json'), 'utf8')).toBe('garbage')
    await archive.close()
  })

  it('quarantines a listed shard found damaged when read, and a shard holding another id', async () => {
    const dir = await archiveWith()
    await writeFile(join(dir, 'articles', 'b.json'), '\u0000\u0001binary')
    await writeFile(join(dir, 'articles', 'd.json'), stableStringify(makeDoc('a')))
    await writeFile(join(dir, 'articles', 'notes.txt'), 'not a shard')
    const archive = await Archive.open(dir)
    expect(archive.report.quarantined.map((q) => q.file).sort()).toEqual(['d.json', 'notes.txt'])
    expect(ids(archive)).toEqual(['a', 'b', 'c'])
    await expect(archive.read('b')).rejects.toMatchObject({ code: 'article.damaged', params: { id: 'b', file: 'b.json' } })
    expect(ids(archive)).toEqual(['a', 'c'])
    expect(archive.report.quarantined.map((q) => q.file)).toContain('b.json')
    await archive.close()
  })
})

describe('catalog rebuild and reconciliation', () => {
  it('rebuilds a missing archive.json from the shards', async () => {
    const dir = await archiveWith()
    await rm(join(dir, 'archive.json'))
    const archive = await Archive.open(dir)
    expect(archive.report.catalogRebuilt).toBe(true)
    expect(archive.report.quarantined).toEqual([])
    expect(ids(archive)).toEqual(['a', 'b', 'c'])
    await archive.close()
    expect(JSON.parse(await readFile(join(dir, 'archive.json'), 'utf8')).articles).toHaveLength(3)
  })

  it.each([
    ['garbage', 'not json at all {'],
    ['a schema-invalid catalog', JSON.stringify({ schemaVersion: 1, articles: [{ id: 'a' }] })]
  ])('rebuilds from %s, keeping a copy in quarantine', async (_label, content) => {
    const dir = await archiveWith()
    await writeFile(join(dir, 'archive.json'), content)
    const archive = await Archive.open(dir)
    expect(archive.report.catalogRebuilt).toBe(true)
    expect(archive.report.quarantined).toEqual([expect.objectContaining({ file: 'archive.json' })])
    expect(await readFile(join(dir, 'quarantine', 'archive.json'), 'utf8')).toBe(content)
    expect(ids(archive)).toEqual(['a', 'b', 'c'])
    await archive.close()
  })

  it('adds shards the catalog lacks and drops entries without a shard', async () => {
    const dir = await archiveWith()
    // As after a SIGKILL: shard d durably written, the catalog flush never happened.
    await writeFile(join(dir, 'articles', 'd.json'), stableStringify(makeDoc('d', 'fourth')))
    await rm(join(dir, 'articles', 'b.json'))
    const archive = await Archive.open(dir)
    expect(archive.report.catalogRebuilt).toBe(false)
    expect(ids(archive)).toEqual(['a', 'c', 'd'])
    await archive.close()
    expect(JSON.parse(await readFile(join(dir, 'archive.json'), 'utf8')).articles.map((s: { id: string }) => s.id)).toEqual(['a', 'c', 'd'])
  })

  it('removes temp files left by a killed write instead of quarantining them', async () => {
    const dir = await archiveWith(['a'])
    await writeFile(join(dir, 'articles', '.b.json.123-abcd.tmp'), '{"half": ')
    await writeFile(join(dir, '.archive.json.123-abcd.tmp'), '')
    const archive = await Archive.open(dir)
    expect(archive.report.quarantined).toEqual([])
    expect(await readdir(join(dir, 'articles'))).toEqual(['a.json'])
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    await archive.close()
  })

  it('restores a damaged registry from the newest backup', async () => {
    const dir = join(await tempDir(), 'arch')
    const archive = await Archive.open(dir)
    const entity = { id: 'e1', type: 'PLACE', name: 'Fuxin', names: {}, aliases: [], identifiers: {}, description: '' }
    await archive.updateRegistry((reg) => void reg.entities.push(entity))
    await archive.close()
    await writeFile(join(dir, 'registry.json'), '{broken')
    const reopened = await Archive.open(dir)
    expect(reopened.registry().entities).toEqual([entity])
    expect(reopened.report.quarantined).toEqual([
      { file: 'registry.json', reason: expect.stringMatching(/restored from backups\/registry\..*\.json/), storedAs: 'registry.json' }
    ])
    await reopened.close()
  })
})

describe('backups', () => {
  it('keeps the last 10 backups of archive.json, newest kept', async () => {
    const { Backups } = await import('../../../../src/main/archive/backups')
    const dir = await tempDir()
    const backups = new Backups(join(dir, 'backups'), 'archive', 10, 0)
    for (let i = 0; i < 15; i++) await backups.offer(() => JSON.stringify({ i }))
    const names = await backups.list()
    expect(names).toHaveLength(10)
    const contents = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, 'backups', n), 'utf8')).i))
    expect(contents).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
  })

  it('throttles backups but always keeps the final state at close', async () => {
    const dir = await archiveWith([])
    const archive = await Archive.open(dir)
    for (const id of ['a', 'b', 'c']) {
      await archive.create(makeDoc(id))
      await archive.flush()
    }
    await archive.close()
    const names = (await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('archive.'))
    expect(names.length).toBeLessThanOrEqual(3)
    const newest = JSON.parse(await readFile(join(dir, 'backups', names.sort().at(-1)!), 'utf8'))
    expect(newest.articles.map((s: { id: string }) => s.id)).toEqual(['a', 'b', 'c'])
  })
})

describe('migration', () => {
  it('upgrades the version-0 fixture archive step by step', async () => {
    const dir = join(await tempDir(), 'v0')
    await cp(join(__dirname, '../../../fixtures/archive/v0'), dir, { recursive: true })
    await mkdir(join(dir, 'articles'), { recursive: true })
    const archive = await Archive.open(dir)
    // registry (from the old archive.json) + catalog + two shards
    expect(archive.report).toEqual({ damage: [], quarantined: [], catalogRebuilt: false, migrated: 4, journals: [] })
    expect(ids(archive)).toEqual(['fuxin-2023-03-06', 'harbour-2022-11-14'])
    expect(archive.registry().entities.map((e) => e.id)).toEqual(['ent-fuxin'])
    expect(archive.registry().schema.types.map((t) => t.name)).toEqual(['PERSON', 'PLACE'])

    const fuxin = await archive.read('fuxin-2023-03-06')
    expect(fuxin.versions).toEqual([
      { id: 'original', lang: 'en', role: 'original', origin: 'unknown', text: 'The city of Fuxin opened its spring job fair on Monday.\n\nMore than 200 employers took part.' }
    ])
    expect(fuxin.annotations).toEqual([])
    expect(fuxin.history.map((h) => h.action)).toEqual(['import', 'migrate'])
    const harbour = await archive.read('harbour-2022-11-14')
    expect(harbour.article).toMatchObject({ language: 'und', tags: [], origin: { format: 'txt', encoding: 'unknown' } })
    await archive.close()

    // Written back as the current version (0 → 1 → 2): a second open migrates nothing.
    for (const file of ['archive.json', 'registry.json', 'articles/fuxin-2023-03-06.json']) {
      expect(JSON.parse(await readFile(join(dir, file), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    }
    expect(harbour.alignments).toEqual([])
    const again = await Archive.open(dir)
    expect(again.report).toEqual({ damage: [], quarantined: [], catalogRebuilt: false, migrated: 0, journals: [] })
    await again.close()
  })

  it('refuses an archive written by a newer version instead of quarantining it', async () => {
    const dir = await archiveWith(['a'])
    await writeFile(join(dir, 'archive.json'), JSON.stringify({ schemaVersion: 99, articles: [] }))
    await expect(Archive.open(dir)).rejects.toMatchObject({ code: 'archive.newerVersion' })
    expect(await readdir(join(dir, 'quarantine'))).toEqual([])
    await expect(readFile(join(dir, '.lock'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
