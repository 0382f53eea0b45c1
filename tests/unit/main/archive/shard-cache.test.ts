import { open as openFile, readdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ArticleDoc } from '@shared/model'
import { Archive } from '../../../../src/main/archive'
import type * as DurableWrite from '../../../../src/main/archive/durable-write'
import { ShardCache, type ShardStamp } from '../../../../src/main/archive/shard-cache'
import { sortKeys } from '../../../../src/main/archive/stable-json'
import { HEXI } from '../../../fixtures/news'
import { openApp, removeTempDirs as removeAppDirs } from '../annotation/helpers'
import { annotation, makeDoc, removeTempDirs, tempDir } from './helpers'

/**
 * Writes fail on demand: `before` the rename (the shard keeps its old bytes) or `after` it
 * (the new bytes are in place, but fsync of the folder failed and the write reports an error).
 */
const failure = vi.hoisted(() => ({ next: undefined as 'before' | 'after' | undefined }))
vi.mock('../../../../src/main/archive/durable-write', async (importOriginal) => {
  const real = await importOriginal<typeof DurableWrite>()
  return {
    ...real,
    writeFileDurable: async (file: string, content: string | Uint8Array) => {
      const when = failure.next
      failure.next = undefined
      if (when === 'before') throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })
      const stats = await real.writeFileDurable(file, content)
      if (when === 'after') throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })
      return stats
    }
  }
})

afterEach(async () => {
  failure.next = undefined
  await removeTempDirs()
  await removeAppDirs()
})

const reference = (value: unknown): string => JSON.stringify(value, sortKeys, 2) + '\n'
const shardOf = (dir: string, id: string): string => join(dir, 'articles', `${id}.json`)

async function openWith(...ids: string[]): Promise<{ archive: Archive; dir: string }> {
  const dir = await tempDir()
  const archive = await Archive.open(dir)
  for (const id of ids) await archive.create(makeDoc(id))
  return { archive, dir }
}

/** Another process replacing the shard as the archive does: a new file renamed over it. */
async function replaceOnDisk(dir: string, id: string, change: (doc: ArticleDoc) => ArticleDoc): Promise<void> {
  const file = shardOf(dir, id)
  const doc = change(JSON.parse(await readFile(file, 'utf8')) as ArticleDoc)
  await writeFile(`${file}.other`, reference(doc))
  await rename(`${file}.other`, file)
}

describe('the shard cache of an open archive', () => {
  it('answers a read from memory while the file is unchanged: the same frozen document', async () => {
    const { archive } = await openWith('a')
    const first = await archive.read('a')
    expect(await archive.read('a')).toBe(first)
    expect(Object.isFrozen(first) && Object.isFrozen(first.versions[0])).toBe(true)
    await archive.close()
  })

  it('reads a shard replaced by another process again; the next write starts from it', async () => {
    const { archive, dir } = await openWith('a')
    const cached = await archive.read('a')
    await replaceOnDisk(dir, 'a', (doc) => ({ ...doc, revision: 7, article: { ...doc.article, title: 'Changed elsewhere' } }))
    const fresh = await archive.read('a')
    expect(fresh.article.title).toBe('Changed elsewhere')
    expect(fresh.revision).toBe(7)
    expect(cached.article.title).toBe('Title a')
    // The next write starts from what is on disk, not from the cached document.
    const saved = await archive.update('a', (doc) => ({ ...doc, annotations: [annotation('n1')] }))
    expect(saved).toMatchObject({ revision: 8, article: { title: 'Changed elsewhere' } })
    expect(JSON.parse(await readFile(shardOf(dir, 'a'), 'utf8'))).toMatchObject({ revision: 8, article: { title: 'Changed elsewhere' } })
    await archive.close()
  })

  it('refuses a post-edit made against the revision another process replaced (article.changedElsewhere)', async () => {
    const app = await openApp()
    const [imported] = await app.ok('importFiles', { paths: [HEXI.zh] })
    const id = imported!.id!
    const added = await app.ok('addTranslation', { articleId: id, lang: 'en', text: await readFile(HEXI.mt, 'utf8') })
    const row = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows[1]!
    const seen = added.delta.to
    await app.ok('getArticle', { id })
    await replaceOnDisk(app.archiveDir, id, (doc) => ({ ...doc, revision: seen + 5 }))
    const edit = { articleId: id, lang: 'en', rowId: row.id, text: 'Edited.' }
    expect(await app.err('postEdit', { ...edit, revision: seen })).toMatchObject({ code: 'article.changedElsewhere' })
    expect((await app.ok('postEdit', { ...edit, revision: seen + 5 })).delta.to).toBe(seen + 6)
    await app.close()
  })

  it('reads a shard rewritten in place (same inode) again, whether its size changed or only its time', async () => {
    const { archive, dir } = await openWith('a')
    await archive.read('a')
    const file = shardOf(dir, 'a')
    const before = await stat(file)
    const rewrite = async (title: string): Promise<void> => {
      const doc = JSON.parse(await readFile(file, 'utf8')) as ArticleDoc
      const handle = await openFile(file, 'r+')
      const text = reference({ ...doc, article: { ...doc.article, title } })
      await handle.truncate(0)
      await handle.write(text, 0)
      await handle.close()
    }
    await rewrite('A longer title than before')
    expect((await stat(file)).ino).toBe(before.ino)
    expect((await archive.read('a')).article.title).toBe('A longer title than before')

    // Same size, same inode: only the modification time tells (set apart explicitly).
    await rewrite('B longer title than before')
    const now = await stat(file)
    await utimes(file, now.atime, new Date(now.mtimeMs + 1000))
    expect((await archive.read('a')).article.title).toBe('B longer title than before')
    await archive.close()
  })

  it('a shard removed on disk is not answered from memory', async () => {
    const { archive, dir } = await openWith('a', 'b')
    await archive.read('b')
    await rename(shardOf(dir, 'b'), join(dir, 'b.json.moved'))
    // Missing: restored from its last good copy (there is none for a shard never rewritten) or reported lost.
    await expect(archive.read('b')).rejects.toMatchObject({ code: expect.stringMatching(/^article\./) })
    await archive.close()
  })

  it('a write that fails before the rename leaves the document as on disk, and the next write goes on from it', async () => {
    const { archive, dir } = await openWith('a')
    const stored = await archive.read('a')
    failure.next = 'before'
    await expect(archive.update('a', (doc) => ({ ...doc, annotations: [annotation('lost')] }))).rejects.toThrow(/EIO/)
    const read = await archive.read('a')
    expect(read).toEqual(stored)
    expect(JSON.parse(await readFile(shardOf(dir, 'a'), 'utf8'))).toEqual(JSON.parse(reference(read)))
    const saved = await archive.update('a', (doc) => ({ ...doc, annotations: [annotation('kept')] }))
    expect(saved.revision).toBe((stored.revision ?? 0) + 1)
    await archive.close()
  })

  it('a write that fails after the rename is read back from disk: memory never disagrees with the file', async () => {
    const { archive, dir } = await openWith('a')
    const stored = await archive.read('a')
    failure.next = 'after'
    await expect(archive.update('a', (doc) => ({ ...doc, annotations: [annotation('landed')] }))).rejects.toThrow(/EIO/)
    const read = await archive.read('a')
    expect(read.annotations.map((a) => a.id)).toEqual(['landed'])
    expect(read.revision).toBe((stored.revision ?? 0) + 1)
    expect(await readFile(shardOf(dir, 'a'), 'utf8')).toBe(reference(read))
    await archive.close()
  })

  it('a compound change that fails leaves each article as on disk', async () => {
    const { archive, dir } = await openWith('a')
    const stored = await archive.read('a')
    failure.next = 'before'
    const change = archive.compound(['a'], async (read) => ({ change: { label: 'test', articles: [{ ...(await read('a')), annotations: [annotation('x')] }] }, value: null }))
    await expect(change).rejects.toThrow(/EIO/)
    expect(await archive.read('a')).toEqual(stored)
    expect(JSON.parse(await readFile(shardOf(dir, 'a'), 'utf8'))).toEqual(JSON.parse(reference(stored)))
    await archive.close()
  })

  it('update hands mutate a copy it may edit in place; the stored document is never touched', async () => {
    const { archive } = await openWith('a')
    const stored = await archive.read('a')
    const saved = await archive.update('a', (draft) => void draft.annotations.push(annotation('n1')))
    expect(saved.annotations.map((a) => a.id)).toEqual(['n1'])
    expect(stored.annotations).toEqual([])
    await expect(
      archive.update('a', (draft) => {
        draft.article.title = 'half done'
        throw new Error('mutate failed')
      })
    ).rejects.toThrow('mutate failed')
    expect((await archive.read('a')).article.title).toBe('Title a')
    // Returning the draft itself means "no change".
    expect(await archive.update('a', (draft) => draft)).toBe(await archive.read('a'))
    await archive.close()
  })

  it('writes the bytes the sorting replacer wrote, for the sample articles and after changes', async () => {
    const dir = await tempDir()
    const samples = join(process.cwd(), 'resources', 'samples')
    const docs = await Promise.all(
      (await readdir(samples)).sort().map(async (name) => ArticleDoc.parse(JSON.parse(await readFile(join(samples, name), 'utf8'))))
    )
    const archive = await Archive.open(dir, { seed: () => docs })
    for (const doc of docs) {
      expect(await readFile(shardOf(dir, doc.article.id), 'utf8')).toBe(reference(doc))
      const saved = await archive.update(doc.article.id, (draft) => ({ ...draft, annotations: draft.annotations.slice(1), article: { ...draft.article, tags: ['b', 'a'] } }))
      expect(await readFile(shardOf(dir, doc.article.id), 'utf8')).toBe(reference(saved))
      expect(saved).toEqual({ ...doc, revision: (doc.revision ?? 0) + 1, annotations: doc.annotations.slice(1), article: { ...doc.article, tags: ['b', 'a'] } })
    }
    await archive.close()
  })
})

describe('ShardCache', () => {
  const stamp = (ino: number, size = 100, mtimeNs = 1n): ShardStamp => ({ dev: 1n, ino: BigInt(ino), size: BigInt(size), mtimeNs })
  const entry = (id: string) => ({ doc: makeDoc(id), summary: { id } as never })

  it('answers only for the stamp it was given, and forgets an entry whose file changed', () => {
    const cache = new ShardCache()
    cache.put('a', stamp(1), entry('a'))
    expect(cache.get('a', stamp(1))?.doc.article.id).toBe('a')
    for (const other of [stamp(2), stamp(1, 101), stamp(1, 100, 2n)]) {
      cache.put('a', stamp(1), entry('a'))
      expect(cache.get('a', other)).toBeUndefined()
      expect(cache.has('a')).toBe(false)
    }
  })

  it('keeps the most recently used within its count and its bytes', () => {
    const cache = new ShardCache(1000, 3)
    for (const id of ['a', 'b', 'c']) cache.put(id, stamp(id.charCodeAt(0)), entry(id))
    cache.get('a', stamp('a'.charCodeAt(0)))
    cache.put('d', stamp(4), entry('d'))
    expect(['a', 'b', 'c', 'd'].filter((id) => cache.has(id))).toEqual(['a', 'c', 'd'])
    // 900 bytes more: the oldest go until the rest fits in 1,000.
    cache.put('e', stamp(5, 900), entry('e'))
    expect(['a', 'c', 'd', 'e'].filter((id) => cache.has(id))).toEqual(['d', 'e'])
    // Larger than the whole budget: not kept at all.
    cache.put('f', stamp(6, 2000), entry('f'))
    expect(cache.has('f')).toBe(false)
  })
})
