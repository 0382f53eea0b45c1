import { existsSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive/archive'
import { openApp, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const ids = async (app: TestApp) => (await app.ok('listArticles', {})).map((a) => a.id).sort()

describe('deleting articles to the trash', () => {
  it('moves the shards intact to trash/articles and drops them from the library', async () => {
    app = await openApp()
    const shard = join(app.archiveDir, 'articles', 'sample-2.json')
    const bytes = await readFile(shard, 'utf8')
    const change = await app.ok('deleteArticles', { ids: ['sample-2', 'sample-4'] })
    expect(await ids(app)).toEqual(['sample-1', 'sample-3'])
    expect(existsSync(shard)).toBe(false)
    expect(await readFile(join(app.archiveDir, 'trash', 'articles', 'sample-2.json'), 'utf8')).toBe(bytes)
    expect(change.trash.articles.map((a) => a.id).sort()).toEqual(['sample-2', 'sample-4'])
    expect(change.trash.articles[0]).toMatchObject({ title: expect.any(String), deletedAt: expect.any(String) })
    expect(change.undo).toMatchObject({ canUndo: true, undoAction: 'article.delete' })
    expect((await app.err('getArticle', { id: 'sample-2' })).code).toBe('article.notFound')
  })

  it('brings them back with undo, and takes them away again with redo', async () => {
    app = await openApp()
    await app.ok('deleteArticles', { ids: ['sample-1', 'sample-3'] })
    const undone = await app.ok('undo', { scope: 'library' })
    expect(undone.action).toBe('article.delete')
    expect(await ids(app)).toEqual(['sample-1', 'sample-2', 'sample-3', 'sample-4'])
    expect((await app.ok('listTrash', {})).articles).toEqual([])
    await app.ok('redo', { scope: 'library' })
    expect(await ids(app)).toEqual(['sample-2', 'sample-4'])
  })

  it('restores from the trash, and refuses what is not there', async () => {
    app = await openApp()
    await app.ok('deleteArticles', { ids: ['sample-3'] })
    const restored = await app.ok('restoreFromTrash', { articles: ['sample-3'] })
    expect(restored.trash.articles).toEqual([])
    expect(await ids(app)).toContain('sample-3')
    expect((await app.ok('getArticle', { id: 'sample-3' })).doc.article.title).toBe('安平县柳溪镇开展义务植树活动')
    expect((await app.err('restoreFromTrash', { articles: ['sample-3'] })).code).toBe('trash.notInTrash')
    expect((await app.err('deleteArticles', { ids: ['no-such'] })).code).toBe('article.notFound')
    // A failed deletion of several moves none of them.
    expect((await app.err('deleteArticles', { ids: ['sample-1', 'no-such'] })).code).toBe('article.notFound')
    expect(await ids(app)).toEqual(['sample-1', 'sample-2', 'sample-3', 'sample-4'])
  })

  it('survives a crash between moving a shard and writing the catalog: the article is only in the trash', async () => {
    app = await openApp()
    const dir = app.archiveDir
    await app.close()
    app = undefined
    // What a crash leaves: the shard in the trash, the catalog still listing it.
    await rename(join(dir, 'articles', 'sample-1.json'), join(dir, 'trash', 'articles', 'sample-1.json'))
    const archive = await Archive.open(dir)
    try {
      expect(archive.list().map((a) => a.id)).not.toContain('sample-1')
      expect((await archive.trash.articles()).map((a) => a.id)).toEqual(['sample-1'])
    } finally {
      await archive.close()
    }
  })

  it('refuses to restore over an article that is in the archive again', async () => {
    app = await openApp()
    await app.ok('deleteArticles', { ids: ['sample-4'] })
    const trashed = join(app.archiveDir, 'trash', 'articles', 'sample-4.json')
    await app.ok('undo', { scope: 'library' })
    await writeFile(trashed, await readFile(join(app.archiveDir, 'articles', 'sample-4.json')))
    const error = await app.err('restoreFromTrash', { articles: ['sample-4'] })
    expect(error.code).toBe('trash.restoreConflict')
    expect(error.message).toContain('sample-4')
  })
})

describe('the trash moves', () => {
  it('are data a journal can record: shards between articles/ and trash/articles/', async () => {
    app = await openApp()
    const moves = await app.ctx.archive.trash.moves(['sample-2', 'sample-3', 'sample-2'], 'trash')
    expect(moves).toEqual([
      { from: 'articles/sample-2.json', to: 'trash/articles/sample-2.json' },
      { from: 'articles/sample-3.json', to: 'trash/articles/sample-3.json' }
    ])
    // Planning moves nothing.
    expect(await ids(app)).toEqual(['sample-1', 'sample-2', 'sample-3', 'sample-4'])
  })
})

describe('scriptorium check and the trash', () => {
  it('counts what the trash holds', async () => {
    app = await openApp()
    await app.ok('deleteArticles', { ids: ['sample-1', 'sample-2'] })
    expect(await app.ctx.archive.trash.counts()).toEqual({ articles: 2, entities: 0 })
  })
})
