import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleDoc } from '@shared/model'
import { Archive } from '../../../../src/main/archive'
import { stableStringify } from '../../../../src/main/archive/stable-json'
import { removeTempDirs } from './helpers'
import { archiveWith, HU_TAO, shardOnDisk, tagged } from './journal-helpers'

afterEach(removeTempDirs)

/** A plan as a killed process leaves it: written whole, applied up to some file or not at all. */
async function leavePlan(dir: string, steps: unknown[], name = 'lr0x-00000001.json'): Promise<void> {
  const plan = { kind: 'scriptorium.journal', schemaVersion: 1, id: name.slice(0, -5), label: 'entity.merge', createdAt: '2024-05-01T00:00:00.000Z', steps }
  await writeFile(join(dir, 'journal', name), JSON.stringify(plan))
}

describe('compound changes (intent journal)', () => {
  it('writes the registry and every article of one change, and leaves no plan behind', async () => {
    const { dir, archive } = await archiveWith(['a', 'b', 'c'])
    const registry = { ...archive.registry(), entities: [HU_TAO] }
    const { value } = await archive.compound(['a', 'b'], async (read) => {
      const docs = await Promise.all(['a', 'b'].map(read))
      return { change: { label: 'test', registry, articles: docs.map(tagged) }, value: 'done' }
    })
    expect(value).toBe('done')
    expect((await shardOnDisk(dir, 'a')).annotations).toHaveLength(1)
    expect((await shardOnDisk(dir, 'b')).annotations).toHaveLength(1)
    expect((await shardOnDisk(dir, 'c')).annotations).toHaveLength(0)
    expect(JSON.parse(await readFile(join(dir, 'registry.json'), 'utf8')).entities).toHaveLength(1)
    expect(archive.registry().entities[0]?.name).toBe('Hu Tao')
    expect(archive.list().map((a) => a.annotationCount)).toEqual([1, 1, 0])
    expect(await readdir(join(dir, 'journal'))).toEqual([])
    await archive.close()
  })

  it('writes nothing when one document of the change is invalid', async () => {
    const { dir, archive } = await archiveWith(['a', 'b'])
    const build = async (read: (id: string) => Promise<ArticleDoc>) => {
      const [a, b] = await Promise.all(['a', 'b'].map(read))
      return { change: { label: 'test', articles: [tagged(a!), { ...b!, annotations: [{ bad: true }] } as unknown as ArticleDoc] }, value: null }
    }
    await expect(archive.compound(['a', 'b'], build)).rejects.toMatchObject({ code: 'article.invalid', params: { id: 'b' } })
    expect((await shardOnDisk(dir, 'a')).annotations).toHaveLength(0)
    await archive.close()
  })

  it('moves a shard (to the trash, say) as a step, and the catalog follows', async () => {
    const { dir, archive } = await archiveWith(['a', 'b'])
    await archive.compound(['a', 'b'], async (read) => ({
      change: { label: 'article.delete', articles: [tagged(await read('b'))], moves: [{ from: 'articles/a.json', to: 'trash/t1/a.json' }] },
      value: null
    }))
    expect(archive.has('a')).toBe(false)
    expect(existsSync(join(dir, 'trash', 't1', 'a.json'))).toBe(true)
    expect((await shardOnDisk(dir, 'b')).annotations).toHaveLength(1)
    await archive.close()
  })

  it('refuses a plan that names a file twice or leaves the archive', async () => {
    const { archive } = await archiveWith(['a'])
    const twice = archive.compound(['a'], async (read) => ({
      change: { label: 'x', articles: [await read('a')], moves: [{ from: 'articles/a.json', to: 'trash/a.json' }] },
      value: null
    }))
    await expect(twice).rejects.toThrow(/names articles\/a\.json twice/)
    const outside = archive.compound([], async () => ({ change: { label: 'x', moves: [{ from: '../a.json', to: 'b.json' }] }, value: null }))
    await expect(outside).rejects.toThrow()
    await archive.close()
  })

  it('refuses further writes after a change it could not finish, and the next open finishes it', async () => {
    const { dir, archive } = await archiveWith(['a', 'b'])
    await writeFile(join(dir, 'elsewhere'), 'a file where a folder goes') // makes the move fail
    const failed = archive.compound(['a', 'b'], async (read) => ({
      change: { label: 'article.delete', articles: [tagged(await read('b'))], moves: [{ from: 'articles/a.json', to: 'elsewhere/a.json' }] },
      value: null
    }))
    await expect(failed).rejects.toMatchObject({ code: 'archive.unfinishedChange' })
    await expect(archive.update('b', (doc) => ({ ...doc, annotations: [] }))).rejects.toMatchObject({ code: 'archive.unfinishedChange' })
    expect((await archive.read('b')).annotations).toHaveLength(1)
    await archive.close()
    await expect(Archive.open(dir)).rejects.toMatchObject({ code: 'archive.unfinishedChange' })
    await rm(join(dir, 'elsewhere'))
    const reopened = await Archive.open(dir)
    expect(reopened.report.journals.map((j) => j.label)).toEqual(['article.delete'])
    expect(existsSync(join(dir, 'elsewhere', 'a.json'))).toBe(true)
    await reopened.close()
  })

  it('on open, finishes a change a crash interrupted after some of its files, and reports it', async () => {
    const { dir, archive } = await archiveWith(['a', 'b', 'c'])
    const [a, b] = await Promise.all(['a', 'b'].map((id) => archive.read(id)))
    await archive.close()
    const registry = { ...archive.registry(), entities: [HU_TAO] }
    const steps = [
      { op: 'write', path: 'registry.json', text: stableStringify(registry) },
      { op: 'write', path: 'articles/a.json', text: stableStringify(tagged(a!)) },
      { op: 'write', path: 'articles/b.json', text: stableStringify(tagged(b!)) },
      { op: 'move', from: 'articles/c.json', to: 'trash/c.json' }
    ]
    await leavePlan(dir, steps)
    // The kill came after the first article: it is new already, the rest is not.
    await writeFile(join(dir, 'articles', 'a.json'), stableStringify(tagged(a!)))

    const reopened = await Archive.open(dir)
    expect(reopened.report.journals).toEqual([
      { id: 'lr0x-00000001', label: 'entity.merge', createdAt: '2024-05-01T00:00:00.000Z', paths: ['registry.json', 'articles/a.json', 'articles/b.json', 'articles/c.json', 'trash/c.json'] }
    ])
    expect(reopened.registry().entities.map((e) => e.name)).toEqual(['Hu Tao'])
    expect((await reopened.read('b')).annotations).toHaveLength(1)
    expect(reopened.list().map((s) => [s.id, s.annotationCount])).toEqual([['a', 1], ['b', 1]])
    expect(existsSync(join(dir, 'trash', 'c.json'))).toBe(true)
    expect(await readdir(join(dir, 'journal'))).toEqual([])
    await reopened.close()
    const again = await Archive.open(dir)
    expect(again.report.journals).toEqual([])
    await again.close()
  })

  it('quarantines a plan that is not one of ours and opens the archive as it is', async () => {
    const { dir, archive } = await archiveWith(['a'])
    await archive.close()
    await mkdir(join(dir, 'journal'), { recursive: true })
    await writeFile(join(dir, 'journal', 'x.json'), '{"kind":"scriptorium.journal","steps":[{"op":"write","path":"../../etc/x","text":""}]}')
    const reopened = await Archive.open(dir)
    expect(reopened.report.quarantined).toEqual([expect.objectContaining({ file: 'x.json', reason: 'an unreadable change journal' })])
    expect(reopened.report.journals).toEqual([])
    expect(reopened.has('a')).toBe(true)
    await reopened.close()
  })
})
