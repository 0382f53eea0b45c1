import { existsSync } from 'node:fs'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleDoc } from '@shared/model'
import { Archive } from '../../../../src/main/archive'
import { stableStringify } from '../../../../src/main/archive/stable-json'
import { makeDoc, removeTempDirs } from './helpers'
import { archiveWith, HU_TAO, shardOnDisk, tagged } from './journal-helpers'

afterEach(removeTempDirs)

describe('staged compound changes (articles staged on disk one by one, one plan)', () => {
  it('writes new and changed articles and the registry together, and leaves nothing in journal/', async () => {
    const { dir, archive } = await archiveWith(['a', 'b'])
    const value = await archive.stagedCompound(['a', 'new'], async (change) => {
      await change.stage(tagged(await change.read('a')))
      await change.stage(tagged(makeDoc('new')))
      return { label: 'bundle.import', registry: { ...archive.registry(), entities: [HU_TAO] }, value: 'done' }
    })
    expect(value).toBe('done')
    expect((await shardOnDisk(dir, 'a')).annotations).toHaveLength(1)
    expect((await shardOnDisk(dir, 'a')).revision).toBe(((await archive.read('b')).revision ?? 0) + 1)
    expect((await shardOnDisk(dir, 'new')).annotations).toHaveLength(1)
    expect(archive.registry().entities.map((e) => e.name)).toEqual(['Hu Tao'])
    expect(archive.list().map((s) => [s.id, s.annotationCount])).toEqual([['a', 1], ['b', 0], ['new', 1]])
    expect(await readdir(join(dir, 'journal'))).toEqual([])
    await archive.close()
    const reopened = await Archive.open(dir)
    expect(reopened.list().map((s) => [s.id, s.annotationCount])).toEqual([['a', 1], ['b', 0], ['new', 1]])
    await reopened.close()
  })

  it('writes nothing, and removes what it staged, when an article is invalid or the builder fails', async () => {
    const { dir, archive } = await archiveWith(['a', 'b'])
    const invalid = archive.stagedCompound(['a', 'b'], async (change) => {
      await change.stage(tagged(await change.read('a')))
      await change.stage({ ...(await change.read('b')), annotations: [{ bad: true }] } as unknown as ArticleDoc)
      return { label: 'test', value: null }
    })
    await expect(invalid).rejects.toMatchObject({ code: 'article.invalid', params: { id: 'b' } })
    const failing = archive.stagedCompound(['a'], async (change) => {
      await change.stage(tagged(await change.read('a')))
      throw new Error('the bundle went away')
    })
    await expect(failing).rejects.toThrow('the bundle went away')
    expect((await shardOnDisk(dir, 'a')).annotations).toHaveLength(0)
    expect(await readdir(join(dir, 'journal'))).toEqual([])
    await archive.close()
  })

  it('refuses to write an article it does not hold, or one twice', async () => {
    const { archive } = await archiveWith(['a'])
    await expect(archive.stagedCompound(['a'], async (change) => (await change.stage(tagged(makeDoc('other'))), { label: 't', value: 0 }))).rejects.toThrow(/cannot write other/)
    await expect(
      archive.stagedCompound(['a'], async (change) => {
        const a = await change.read('a')
        await change.stage(tagged(a))
        await change.stage(tagged(a))
        return { label: 't', value: 0 }
      })
    ).rejects.toThrow(/cannot write a/)
    expect((await archive.read('a')).annotations).toHaveLength(0)
    await archive.close()
  })

  it('on open, finishes a staged plan a crash interrupted, and removes staged files no plan names', async () => {
    const { dir, archive } = await archiveWith(['a', 'b'])
    const [a, b] = await Promise.all(['a', 'b'].map((id) => archive.read(id)))
    await archive.close()
    const journal = join(dir, 'journal')
    // Killed after the plan was durable and the first article placed: b's staged file is still there.
    await mkdir(join(journal, 'lr0x-00000002.staged'), { recursive: true })
    await writeFile(join(dir, 'articles', 'a.json'), stableStringify(tagged(a!)))
    await writeFile(join(journal, 'lr0x-00000002.staged', '2.json'), stableStringify(tagged(b!)))
    const steps = [
      { op: 'place', path: 'articles/a.json', from: 'journal/lr0x-00000002.staged/1.json' },
      { op: 'place', path: 'articles/b.json', from: 'journal/lr0x-00000002.staged/2.json' }
    ]
    await writeFile(join(journal, 'lr0x-00000002.json'), JSON.stringify({ kind: 'scriptorium.journal', schemaVersion: 1, id: 'lr0x-00000002', label: 'bundle.import', createdAt: '2024-05-01T00:00:00.000Z', steps }))
    // Killed while staging another change, before its plan: no change at all.
    await mkdir(join(journal, 'lr0x-00000003.staged'))
    await writeFile(join(journal, 'lr0x-00000003.staged', '1.json'), stableStringify(makeDoc('ghost')))

    const reopened = await Archive.open(dir)
    expect(reopened.report.journals.map((j) => [j.label, j.paths])).toEqual([['bundle.import', ['articles/a.json', 'articles/b.json']]])
    expect(reopened.list().map((s) => [s.id, s.annotationCount])).toEqual([['a', 1], ['b', 1]])
    expect(reopened.has('ghost')).toBe(false)
    expect(await readdir(journal)).toEqual([])
    await reopened.close()
  })

  it('refuses a plan whose staged file lies outside its journal folder', async () => {
    const { dir, archive } = await archiveWith(['a'])
    await archive.close()
    const steps = [{ op: 'place', path: 'articles/a.json', from: 'journal/../../outside.json' }]
    await writeFile(join(dir, 'journal', 'x.json'), JSON.stringify({ kind: 'scriptorium.journal', schemaVersion: 1, id: 'x', label: 'bundle.import', createdAt: '2024-05-01T00:00:00.000Z', steps }))
    const reopened = await Archive.open(dir)
    expect(reopened.report.quarantined).toEqual([expect.objectContaining({ file: 'x.json', reason: 'an unreadable change journal' })])
    expect(existsSync(join(dir, 'articles', 'a.json'))).toBe(true)
    await reopened.close()
  })
})
