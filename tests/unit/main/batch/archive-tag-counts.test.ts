import { afterEach, describe, expect, it, vi } from 'vitest'
import { importNews, openApp, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const ALL = ['sample-1', 'sample-2', 'sample-3', 'sample-4']
/** The archive's tag suggestions as the Tag… popover gets them, as `tag:count`. */
const suggested = async (a: TestApp) => (await a.ok('articleTags', { ids: [] })).archive.map(({ tag, count }) => `${tag}:${count}`)
const countOf = async (a: TestApp, tag: string) => (await a.ok('articleTags', { ids: [] })).archive.find((t) => t.tag === tag)?.count ?? 0

describe('the archive’s article tags, counted by the search worker', () => {
  it('reads no shard to suggest them, and counts what the shards hold', async () => {
    app = await openApp()
    await app.ctx.search.open()
    const reads = vi.spyOn(app.ctx.archive, 'read')
    const view = await app.ok('articleTags', { ids: [] })
    expect(reads).not.toHaveBeenCalled()
    const fromShards = new Map<string, number>()
    for (const id of ALL) for (const tag of (await app.ok('getArticle', { id })).doc.article.tags) fromShards.set(tag, (fromShards.get(tag) ?? 0) + 1)
    expect(new Map(view.archive.map(({ tag, count }) => [tag, count]))).toEqual(fromShards)
    expect(view.archive.find((t) => t.tag === '植树')).toEqual({ tag: '植树', count: 1 })
  })

  it('follows batch tagging and its undo and redo', async () => {
    app = await openApp()
    const before = await suggested(app)
    await app.ok('tagArticles', { ids: ALL, add: ['checked'] })
    expect(await countOf(app, 'checked')).toBe(4)
    await app.ok('tagArticles', { ids: ['sample-1', 'sample-3'], remove: ['checked'] })
    expect(await countOf(app, 'checked')).toBe(2)
    await app.ok('undo', { scope: 'library' })
    expect(await countOf(app, 'checked')).toBe(4)
    await app.ok('undo', { scope: 'library' })
    expect(await suggested(app)).toEqual(before)
    await app.ok('redo', { scope: 'library' })
    expect(await countOf(app, 'checked')).toBe(4)
  })

  it('leaves out articles moved to the trash and counts them again once restored', async () => {
    app = await openApp()
    await app.ok('tagArticles', { ids: ['sample-1', 'sample-2'], add: ['archived'] })
    await app.ok('deleteArticles', { ids: ['sample-1'] })
    expect(await countOf(app, 'archived')).toBe(1)
    await app.ok('deleteArticles', { ids: ['sample-2'] })
    expect(await countOf(app, 'archived')).toBe(0)
    await app.ok('restoreFromTrash', { articles: ['sample-1', 'sample-2'] })
    expect(await countOf(app, 'archived')).toBe(2)
  })

  it('counts the tags of imported articles once they are tagged', async () => {
    app = await openApp()
    await suggested(app)
    const [songmei, lianhe] = await importNews(app)
    await app.ok('tagArticles', { ids: [songmei, lianhe], add: ['imported news'] })
    expect(await countOf(app, 'imported news')).toBe(2)
    await app.ok('deleteArticles', { ids: [lianhe] })
    expect(await countOf(app, 'imported news')).toBe(1)
  })
})
