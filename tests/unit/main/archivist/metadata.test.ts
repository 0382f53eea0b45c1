import { afterEach, describe, expect, it } from 'vitest'
import { openApp, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const listed = async (app: TestApp, id: string) => (await app.ok('listArticles', {})).find((a) => a.id === id)

describe('updateArticle', () => {
  it('edits the details, records them in the history, and the library shows the new title', async () => {
    app = await openApp()
    const change = await app.ok('updateArticle', { articleId: 'sample-1', title: 'Lanxia river volunteers', date: '2025/4/13', source: 'Lanxia Daily', url: 'https://example.org/lanxia' })
    expect(change.view.doc.article).toMatchObject({ title: 'Lanxia river volunteers', date: '2025-04-13', source: 'Lanxia Daily', url: 'https://example.org/lanxia' })
    expect(change.view.doc.history.at(-1)).toMatchObject({ action: 'article.metadata', detail: { fields: ['title', 'date', 'source', 'url'] } })
    expect(change.undo).toMatchObject({ canUndo: true, undoAction: 'article.metadata' })
    expect(await listed(app, 'sample-1')).toMatchObject({ title: 'Lanxia river volunteers', date: '2025-04-13', source: 'Lanxia Daily' })
  })

  it('is undone and redone, the catalog following each time', async () => {
    app = await openApp()
    const before = (await app.ok('getArticle', { id: 'sample-3' })).doc.article
    await app.ok('updateArticle', { articleId: 'sample-3', title: '柳溪镇植树', language: 'zh-Hans' })
    const undone = await app.ok('undo', { articleId: 'sample-3' })
    expect(undone.change?.view.doc.article).toEqual(before)
    expect((await listed(app, 'sample-3'))?.title).toBe(before.title)
    await app.ok('redo', { articleId: 'sample-3' })
    expect(await listed(app, 'sample-3')).toMatchObject({ title: '柳溪镇植树', language: 'zh-Hans' })
  })

  it('answers a translated message naming the field, and keeps the article as it was', async () => {
    app = await openApp('zh-CN')
    const error = await app.err('updateArticle', { articleId: 'sample-2', title: 'Fine', date: 'next Tuesday' })
    expect(error).toMatchObject({ code: 'article.invalidDate', field: 'date' })
    expect(error.message).toContain('不是日期')
    expect((await listed(app, 'sample-2'))?.title).not.toBe('Fine')
    expect((await app.err('updateArticle', { articleId: 'nope', title: 'x' })).code).toBe('article.notFound')
  })
})
