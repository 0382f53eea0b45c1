import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SCHEMA } from '@shared/model'
import { Archive, summarize, textHash } from '../../../../src/main/archive'
import { annotation, makeDoc, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

const catalogOnDisk = async (dir: string) => JSON.parse(await readFile(join(dir, 'archive.json'), 'utf8'))

describe('textHash / summarize', () => {
  it('ignores Unicode normalisation and whitespace runs', () => {
    expect(textHash('  Café\n\n au\tlait ')).toBe(textHash('Cafe\u0301 au lait'))
    expect(textHash('北京\u3000欢迎你')).toBe(textHash('北京 欢迎你'))
    expect(textHash('a b')).not.toBe(textHash('ab'))
    expect(textHash('x')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('summarises from the first version and counts annotations', () => {
    const doc = makeDoc('a1', 'Hello  world')
    doc.annotations.push(annotation('n1'))
    expect(summarize(doc)).toEqual({
      id: 'a1', title: 'Title a1', date: '2024-01-01', source: 'Test Source', language: 'en',
      annotationCount: 1, importedAt: '2024-01-01T00:00:00.000Z', textHash: textHash('Hello world')
    })
  })
})

describe('Archive', () => {
  it('creates the folder layout, a default registry and the seed articles', async () => {
    const dir = await tempDir()
    const archive = await Archive.open(join(dir, 'new'), { seed: () => [makeDoc('s1'), makeDoc('s2')] })
    const names = (await readdir(archive.dir)).sort()
    expect(names).toEqual(['.lock', 'archive.json', 'articles', 'backups', 'index', 'journal', 'quarantine', 'registry.json', 'trash'])
    expect(archive.registry()).toEqual({ schemaVersion: 2, schema: DEFAULT_SCHEMA, entities: [] })
    expect(archive.list().map((s) => s.id)).toEqual(['s1', 's2'])
    expect(archive.report).toEqual({ damage: [], quarantined: [], catalogRebuilt: false, migrated: 0, journals: [] })
    expect((await catalogOnDisk(archive.dir)).articles).toHaveLength(2)
    await archive.close()
    // Seeds go into new archives only.
    const again = await Archive.open(join(dir, 'new'), { seed: () => [makeDoc('s3')] })
    expect(again.list().map((s) => s.id)).toEqual(['s1', 's2'])
    await again.close()
  })

  it('creates, reads, lists in importedAt then id order, finds by text hash', async () => {
    const archive = await Archive.open(await tempDir())
    await archive.create(makeDoc('b', 'second text', '2024-02-01T00:00:00.000Z'))
    await archive.create(makeDoc('c', 'first text', '2024-01-01T00:00:00.000Z'))
    await archive.create(makeDoc('a', 'third text', '2024-02-01T00:00:00.000Z'))
    expect(archive.list().map((s) => s.id)).toEqual(['c', 'a', 'b'])
    expect(archive.has('a')).toBe(true)
    expect(archive.findByTextHash(textHash('  first   text'))).toBe('c')
    expect(archive.findByTextHash(textHash('nope'))).toBeUndefined()
    expect(await archive.read('b')).toEqual(makeDoc('b', 'second text', '2024-02-01T00:00:00.000Z'))
    await expect(archive.create(makeDoc('a'))).rejects.toMatchObject({ code: 'article.exists', params: { id: 'a' } })
    await archive.close()
  })

  it('rejects invalid documents, unknown and unsafe ids', async () => {
    const archive = await Archive.open(await tempDir())
    const bad = makeDoc('x')
    bad.versions = []
    await expect(archive.create(bad)).rejects.toMatchObject({ code: 'article.invalid', field: 'versions' })
    await expect(archive.create(makeDoc('../evil'))).rejects.toMatchObject({ code: 'article.invalid', field: 'article.id' })
    await expect(archive.read('missing')).rejects.toMatchObject({ code: 'article.notFound', params: { id: 'missing' } })
    await expect(archive.read('../archive')).rejects.toMatchObject({ code: 'article.notFound' })
    expect(await readdir(join(archive.dir, 'articles'))).toEqual([])
    await archive.close()
  })

  it('update touches only the shard; the catalog follows in a batch', async () => {
    const archive = await Archive.open(await tempDir())
    await archive.create(makeDoc('a'))
    await archive.flush()
    const catalogBefore = await stat(join(archive.dir, 'archive.json'))
    const updated = await archive.update('a', (doc) => {
      doc.annotations.push(annotation('n1'))
    })
    expect(updated.annotations).toHaveLength(1)
    expect(archive.list()[0]!.annotationCount).toBe(1)
    expect((await stat(join(archive.dir, 'archive.json'))).mtimeMs).toBe(catalogBefore.mtimeMs)
    expect((await catalogOnDisk(archive.dir)).articles[0].annotationCount).toBe(0)
    const shard = JSON.parse(await readFile(join(archive.dir, 'articles', 'a.json'), 'utf8'))
    expect(shard.annotations).toHaveLength(1)
    await archive.flush()
    expect((await catalogOnDisk(archive.dir)).articles[0].annotationCount).toBe(1)
    await archive.close()
  })

  it('writes nothing when the change answers the article as it was', async () => {
    const archive = await Archive.open(await tempDir())
    await archive.create(makeDoc('a'))
    const file = join(archive.dir, 'articles', 'a.json')
    const before = await stat(file)
    await new Promise((r) => setTimeout(r, 20))
    const same = await archive.update('a', (doc) => doc)
    expect(same.annotations).toHaveLength(0)
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs)
    await archive.close()
  })

  it('flushes the catalog by itself after a short delay', async () => {
    const archive = await Archive.open(await tempDir())
    await archive.create(makeDoc('a'))
    expect((await catalogOnDisk(archive.dir)).articles).toHaveLength(0)
    await new Promise((r) => setTimeout(r, 600))
    expect((await catalogOnDisk(archive.dir)).articles).toHaveLength(1)
    await archive.close()
  })

  it('serialises updates of one article: concurrent mutations all land', async () => {
    const archive = await Archive.open(await tempDir())
    await archive.create(makeDoc('a'))
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => archive.update('a', (doc) => void doc.annotations.push(annotation(`n${i}`))))
    )
    expect((await archive.read('a')).annotations.map((a) => a.id)).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`))
    await archive.close()
  })

  it('update validates the result and refuses an id change, writing nothing', async () => {
    const archive = await Archive.open(await tempDir())
    await archive.create(makeDoc('a'))
    await expect(archive.update('a', (doc) => ({ ...doc, versions: [] }))).rejects.toMatchObject({ code: 'article.invalid' })
    await expect(archive.update('a', (doc) => void (doc.article.id = 'b'))).rejects.toMatchObject({ code: 'article.invalid', field: 'article.id' })
    await expect(archive.update('zzz', () => undefined)).rejects.toMatchObject({ code: 'article.notFound' })
    expect(await archive.read('a')).toEqual(makeDoc('a'))
    await archive.close()
  })

  it('updates the registry durably and validates it', async () => {
    const archive = await Archive.open(await tempDir())
    const entity = { id: 'e1', type: 'PERSON', name: 'Hu Tao', names: { zh: '胡涛' }, aliases: [], identifiers: {}, description: '' }
    await archive.updateRegistry((reg) => void reg.entities.push(entity))
    expect(archive.registry().entities).toEqual([entity])
    expect(Object.isFrozen(archive.registry().entities)).toBe(true)
    await expect(archive.updateRegistry((reg) => void (reg.schema.types = []))).rejects.toMatchObject({ code: 'registry.invalid', field: 'schema.types' })
    const dir = archive.dir
    await archive.close()
    const reopened = await Archive.open(dir)
    expect(reopened.registry().entities).toEqual([entity])
    await reopened.close()
  })

  it('refuses work after close and flushes on close', async () => {
    const archive = await Archive.open(await tempDir())
    await archive.create(makeDoc('a'))
    await archive.close()
    expect((await catalogOnDisk(archive.dir)).articles).toHaveLength(1)
    await expect(archive.read('a')).rejects.toMatchObject({ code: 'archive.closed' })
    await expect(archive.create(makeDoc('b'))).rejects.toMatchObject({ code: 'archive.closed' })
  })

  it('writes stable, sorted JSON shards', async () => {
    const archive = await Archive.open(await tempDir())
    await archive.create(makeDoc('a'))
    const text = await readFile(join(archive.dir, 'articles', 'a.json'), 'utf8')
    const keys = Object.keys(JSON.parse(text))
    expect(keys).toEqual([...keys].sort())
    expect(text.startsWith('{\n  "alignments": [],\n  "annotations": []')).toBe(true)
    await archive.close()
  })
})
