import { mkfifo } from './fifo'
import { existsSync } from 'node:fs'
import { copyFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { readDamageLog } from '../../../../src/main/archive/damage-log'
import { stableStringify } from '../../../../src/main/archive/stable-json'
import { annotation, makeDoc, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

/** An archive with articles a, b, c, each changed once after its creation, then closed. */
async function archiveWith(ids = ['a', 'b', 'c']): Promise<string> {
  const dir = join(await tempDir(), 'arch')
  const archive = await Archive.open(dir)
  for (const id of ids) await archive.create(makeDoc(id))
  for (const id of ids) await archive.update(id, (doc) => void doc.annotations.push(annotation(`${id}-first`)))
  await archive.close()
  return dir
}

const shard = (dir: string, id: string) => join(dir, 'articles', `${id}.json`)
const ids = (archive: Archive) => archive.list().map((s) => s.id)
const kinds = async (dir: string) => (await readDamageLog(join(dir, 'damage.log.json'))).entries.map((e) => `${e.kind} ${e.file}`)

describe('a shard without schemaVersion', () => {
  it('is not rewritten empty: its bytes are kept in quarantine and the last good copy comes back', async () => {
    const dir = await archiveWith(['a'])
    const withoutVersion = JSON.parse(await readFile(shard(dir, 'a'), 'utf8')) as Record<string, unknown>
    delete withoutVersion.schemaVersion
    const bytes = stableStringify(withoutVersion)
    await writeFile(shard(dir, 'a'), bytes)
    await rm(join(dir, 'archive.json')) // so that the open reads the shard
    const archive = await Archive.open(dir)
    const restored = await archive.read('a')
    // The copy kept before the last change: the article is back, without that change.
    expect(restored.versions[0]?.text).toBe('Text of a.')
    expect(restored.annotations).toEqual([])
    expect(archive.report.quarantined).toEqual([expect.objectContaining({ file: 'a.json', reason: expect.stringContaining('schemaVersion') })])
    expect(await readFile(join(dir, 'quarantine', 'a.json'), 'utf8')).toBe(bytes)
    await archive.close()
    expect(await kinds(dir)).toContain('restored articles/a.json')
  })

  it('without a last good copy is moved whole to quarantine, never migrated as version 0', async () => {
    const dir = join(await tempDir(), 'arch')
    let archive = await Archive.open(dir)
    await archive.create(makeDoc('a'))
    await archive.close()
    const withoutVersion = JSON.parse(await readFile(shard(dir, 'a'), 'utf8')) as Record<string, unknown>
    delete withoutVersion.schemaVersion
    await writeFile(shard(dir, 'a'), JSON.stringify(withoutVersion))
    archive = await Archive.open(dir)
    await expect(archive.read('a')).rejects.toMatchObject({ code: 'article.damaged' })
    expect(ids(archive)).toEqual([])
    await archive.close()
    expect(await readdir(join(dir, 'articles'))).toEqual([])
    expect(JSON.parse(await readFile(join(dir, 'quarantine', 'a.json'), 'utf8'))).toEqual(withoutVersion)
    expect(await kinds(dir)).toEqual(['quarantined articles/a.json'])
  })
})

describe('damaged shards come back from their last good copy', () => {
  for (const [name, bytes] of [
    ['truncated', '{"schemaVersion": 1, "article": {"id": "b"'],
    ['garbled', '\u0000\u0001\u0002 not json'],
    ['wrong shape', '{"schemaVersion": 1, "article": 5}'],
    ['null', 'null']
  ] as const) {
    it(`${name}: the article stays in the library`, async () => {
      const dir = await archiveWith()
      await writeFile(shard(dir, 'b'), bytes)
      const archive = await Archive.open(dir)
      const doc = await archive.read('b')
      expect(doc.article.id).toBe('b')
      expect(ids(archive)).toEqual(['a', 'b', 'c'])
      await archive.close()
      expect(await readFile(join(dir, 'quarantine', 'b.json'), 'utf8')).toBe(bytes)
      expect(await kinds(dir)).toEqual(['restored articles/b.json'])
    })
  }

  it('a deleted shard and a deleted articles/ folder are restored and logged', async () => {
    const dir = await archiveWith()
    await rm(shard(dir, 'c'))
    let archive = await Archive.open(dir)
    expect(ids(archive)).toEqual(['a', 'b', 'c'])
    await archive.close()
    await rm(join(dir, 'articles'), { recursive: true })
    archive = await Archive.open(dir)
    expect(ids(archive)).toEqual(['a', 'b', 'c'])
    expect((await archive.read('a')).article.id).toBe('a')
    await archive.close()
    expect(await kinds(dir)).toEqual([
      'restored articles/c.json',
      'folderMissing articles',
      'restored articles/a.json',
      'restored articles/b.json',
      'restored articles/c.json'
    ])
  })

  it('a copy being made when the process was killed is removed at open, the older copy kept', async () => {
    const dir = await archiveWith(['a'])
    const copies = join(dir, 'backups', 'articles')
    await writeFile(join(copies, '.a.json.4242-0badc0de.tmp'), 'half a copy')
    const archive = await Archive.open(dir)
    await archive.close()
    expect(await readdir(copies)).toEqual(['a.json'])
  })

  it('a deleted shard without a last good copy is logged as lost', async () => {
    const dir = await archiveWith(['a', 'b'])
    await rm(shard(dir, 'b'))
    await rm(join(dir, 'backups', 'articles', 'b.json'))
    const archive = await Archive.open(dir)
    expect(ids(archive)).toEqual(['a'])
    await archive.close()
    expect(await kinds(dir)).toEqual(['lost articles/b.json'])
  })

  it('a missing quarantine/ folder is logged', async () => {
    const dir = await archiveWith(['a'])
    await rm(join(dir, 'quarantine'), { recursive: true })
    const archive = await Archive.open(dir)
    await archive.close()
    expect(await kinds(dir)).toEqual(['folderMissing quarantine'])
  })

  it('a shard written by a newer Scriptorium is left alone and the archive opens read-only', async () => {
    const dir = await archiveWith(['a', 'b'])
    const newer = { ...makeDoc('b'), schemaVersion: 99, futureField: true }
    await writeFile(shard(dir, 'b'), JSON.stringify(newer))
    await rm(join(dir, 'archive.json'))
    const archive = await Archive.open(dir)
    expect(archive.readOnly).toMatchObject({ code: 'archive.newerVersion' })
    expect(ids(archive)).toEqual(['a'])
    await expect(archive.update('a', (doc) => void (doc.article.title = 'x'))).rejects.toMatchObject({ code: 'archive.readOnly' })
    await archive.close()
    expect(JSON.parse(await readFile(shard(dir, 'b'), 'utf8'))).toEqual(newer)
    expect(await readdir(join(dir, 'quarantine'))).toEqual([])
  })
})

describe('after a crash', () => {
  it('summaries written after the last catalog save are read again at open', async () => {
    const dir = await archiveWith(['a', 'b'])
    const catalogFile = join(dir, 'archive.json')
    const pendingFile = join(dir, 'index', 'pending-summaries.txt')
    const before = await readFile(catalogFile, 'utf8')
    const archive = await Archive.open(dir)
    await archive.update('b', (doc) => void doc.annotations.push(annotation('b-2'), annotation('b-3')))
    // On disk at this moment: the shard, the id noted as pending, the old catalog (its batch is later).
    const pending = await readFile(pendingFile, 'utf8')
    expect(pending).toBe('b\n')
    await archive.close()
    expect(existsSync(pendingFile)).toBe(false)
    // What a kill right after the update would have left:
    await writeFile(catalogFile, before)
    await writeFile(pendingFile, pending)
    const reopened = await Archive.open(dir)
    expect(reopened.list().map((s) => [s.id, s.annotationCount])).toEqual([
      ['a', 1],
      ['b', 3]
    ])
    await reopened.close()
    expect(existsSync(pendingFile)).toBe(false)
    expect(JSON.parse(await readFile(catalogFile, 'utf8')).articles[1].annotationCount).toBe(3)
  })
})

describe('files that are not regular files', () => {
  it('a FIFO among the shards and as archive.json does not block the open; it is reported', async () => {
    const dir = await archiveWith(['a'])
    await mkfifo(join(dir, 'articles', 'pipe.json'))
    await rm(join(dir, 'archive.json'))
    await mkfifo(join(dir, 'archive.json'))
    const archive = await Archive.open(dir)
    expect(ids(archive)).toEqual(['a'])
    expect(archive.report.quarantined.map((q) => q.file).sort()).toEqual(['archive.json', 'pipe.json'])
    await archive.close()
    expect((await stat(join(dir, 'archive.json'))).isFile()).toBe(true)
  })

  it('pipes as a registry backup and as damage.log.json never block; a pipe as a shard comes back from its copy', async () => {
    const dir = await archiveWith(['a', 'b'])
    await rm(shard(dir, 'b'))
    await mkfifo(shard(dir, 'b'))
    await copyFile(join(dir, 'registry.json'), join(dir, 'backups', 'registry.2000-01-01T00-00-00-000Z.json'))
    await rm(join(dir, 'registry.json'))
    await mkfifo(join(dir, 'backups', 'registry.2099-01-01T00-00-00-000Z.json')) // the newest
    await mkfifo(join(dir, 'damage.log.json'))
    const archive = await Archive.open(dir)
    expect(ids(archive)).toEqual(['a', 'b'])
    expect((await archive.read('b')).article.id).toBe('b')
    expect(archive.report.quarantined).toEqual([expect.objectContaining({ file: 'b.json', reason: expect.stringContaining('named pipe') })])
    await archive.close()
    expect((await stat(shard(dir, 'b'))).isFile()).toBe(true)
    expect(await kinds(dir)).toEqual(['restored registry.json', 'restored articles/b.json'])
  })
})

describe('bookkeeping after the real write', () => {
  it('an unwritable backups/ does not turn a stored registry change into a failure', async () => {
    const dir = await archiveWith(['a'])
    const archive = await Archive.open(dir)
    // backups/ replaced by a file: every backup write fails (chmod does not stop root).
    await rm(join(dir, 'backups'), { recursive: true })
    await writeFile(join(dir, 'backups'), 'not a folder')
    const entity = { id: 'e1', type: 'PERSON', name: 'Li Wei', names: {}, aliases: [], identifiers: {}, description: '' }
    await archive.updateRegistry((reg) => void reg.entities.push(entity))
    expect(archive.registry().entities.map((e) => e.id)).toEqual(['e1'])
    await archive.close()
    await rm(join(dir, 'backups'))
    const reopened = await Archive.open(dir)
    expect(reopened.registry().entities.map((e) => e.id)).toEqual(['e1'])
    await reopened.close()
    expect(await kinds(dir)).toEqual(expect.arrayContaining([expect.stringMatching(/^bookkeepingFailed backups/)]))
  })
})
