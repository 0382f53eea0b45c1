import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, rangeOf, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const ALL = ['sample-1', 'sample-2', 'sample-3', 'sample-4']
const tagsOf = async (a: TestApp, id: string) => (await a.ok('getArticle', { id })).doc.article.tags
const docsOf = async (a: TestApp) => Promise.all(ALL.map(async (id) => (await a.ok('getArticle', { id })).doc))

describe('tagging many articles', () => {
  it('adds a tag to every selected article as one undo step of the library, with history on each', async () => {
    app = await openApp()
    const done = await app.ok('tagArticles', { ids: ['sample-1', 'sample-3', 'sample-1'], add: ['  flood   relief ', 'volunteers'] })
    // sample-1 has "volunteers" already: both articles change, each once.
    expect(done).toMatchObject({ selected: 2, changed: 2, annotations: 0, undo: { canUndo: true, undoAction: 'batch.tag' } })
    expect(await tagsOf(app, 'sample-1')).toEqual(['environment', 'volunteers', 'Baituo District', 'flood relief'])
    expect(await tagsOf(app, 'sample-3')).toEqual(['植树', '志愿者', 'machine translation', 'flood relief', 'volunteers'])
    expect(await tagsOf(app, 'sample-2')).toEqual(['elderly care', 'civil affairs', 'Dongpo District'])
    const event = (await app.ok('getArticle', { id: 'sample-3' })).doc.history.at(-1)!
    expect(event).toMatchObject({ action: 'article.tags', actor: expect.any(String), at: expect.any(String), detail: { added: ['flood relief', 'volunteers'], removed: [] } })

    const undone = await app.ok('undo', { scope: 'library' })
    expect(undone.action).toBe('batch.tag')
    expect(await tagsOf(app, 'sample-1')).toEqual(['environment', 'volunteers', 'Baituo District'])
    expect(await tagsOf(app, 'sample-3')).toEqual(['植树', '志愿者', 'machine translation'])
    await app.ok('redo', { scope: 'library' })
    expect(await tagsOf(app, 'sample-3')).toContain('flood relief')
  })

  it('removes tags, suggests the archive’s tags, and refuses a change of nothing', async () => {
    app = await openApp()
    await app.ok('tagArticles', { ids: ALL, add: ['checked'], remove: ['volunteers'] })
    expect(await tagsOf(app, 'sample-1')).toEqual(['environment', 'Baituo District', 'checked'])
    const view = await app.ok('articleTags', { ids: ['sample-1', 'sample-2'] })
    expect(view.selection[0]).toEqual({ tag: 'checked', count: 2 })
    expect(view.archive[0]).toEqual({ tag: 'checked', count: 4 })
    expect(view.archive.map((t) => t.tag)).toContain('植树')
    expect((await app.err('tagArticles', { ids: ALL, add: ['checked'] })).code).toBe('batch.tagsUnchanged')
    expect((await app.err('tagArticles', { ids: ['sample-1'], add: ['  '] })).code).toBe('article.tagEmpty')
    expect((await app.err('tagArticles', { ids: ['sample-1'] })).field).toBe('add')
    expect((await app.ok('undoState', { scope: 'library' })).undoAction).toBe('batch.tag')
  })

  it('changes no article when one of them fails, in memory or on disk', async () => {
    app = await openApp()
    // sample-3 full of tags: one more is refused there, after sample-1 and sample-2 were changed in memory.
    for (let n = 0; n < 10; n++) await app.ok('tagArticles', { ids: ['sample-3'], add: Array.from({ length: n < 9 ? 50 : 47 }, (_, i) => `t${n * 50 + i}`) })
    const before = await docsOf(app)
    expect((await app.err('tagArticles', { ids: ALL, add: ['one more'] })).code).toBe('article.tooManyTags')
    expect((await app.err('tagArticles', { ids: ['sample-1', 'no-such'], add: ['x'] })).code).toBe('article.notFound')
    expect(await docsOf(app)).toEqual(before)
    // The journal cannot be written: the change is refused whole.
    await rm(join(app.archiveDir, 'journal'), { recursive: true, force: true })
    await writeFile(join(app.archiveDir, 'journal'), 'not a folder')
    await app.err('tagArticles', { ids: ['sample-1', 'sample-2'], add: ['lost'] })
    expect(await docsOf(app)).toEqual(before)
  })
})

describe('linking mentions in many articles', () => {
  it('previews and links every unlinked mention bearing a name of the entity, in any language; undo unlinks', async () => {
    app = await openApp()
    const entity = await app.ok('createEntity', { type: 'PLACE', name: 'Baituo District', names: { zh: '柳溪镇' }, aliases: [] })
    const text = async (id: string) => (await app!.ok('getArticle', { id })).doc.versions[0]!.text
    const en = await text('sample-1')
    const zh = await text('sample-3')
    await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(en, 'Baituo District'), type: 'PLACE' })
    await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(en, 'Lanxia'), type: 'PLACE' })
    await app.ok('addAnnotation', { articleId: 'sample-3', ...rangeOf(zh, '柳溪镇'), type: 'PLACE' })
    await app.ok('addAnnotation', { articleId: 'sample-3', ...rangeOf(zh, '柳溪镇', 1), type: 'PLACE', entity: null })

    expect(await app.ok('previewLink', { ids: ALL, entity: entity.id })).toEqual({ articles: 2, annotations: 3 })
    const linked = await app.ok('linkMentions', { ids: ALL, entity: entity.id })
    expect(linked).toMatchObject({ selected: 4, changed: 2, annotations: 3, undo: { undoAction: 'batch.link' } })
    const one = await app.ok('getArticle', { id: 'sample-1' })
    expect(one.doc.annotations.map((a) => a.entity)).toEqual([entity.id, null])
    expect(one.doc.history.at(-1)!.action).toBe('annotation.relink')
    expect((await app.ok('getEntity', { id: entity.id })).entity.mentionCount).toBe(3)
    expect(await app.ok('previewLink', { ids: ALL, entity: entity.id })).toEqual({ articles: 0, annotations: 0 })
    expect((await app.err('linkMentions', { ids: ALL, entity: entity.id })).code).toBe('batch.nothingToLink')
    expect((await app.err('linkMentions', { ids: ALL, entity: 'no-such' })).code).toBe('entity.notFound')

    await app.ok('undo', { scope: 'library' })
    expect((await app.ok('getArticle', { id: 'sample-3' })).doc.annotations.every((a) => a.entity === null)).toBe(true)
    expect((await app.ok('getEntity', { id: entity.id })).entity.mentionCount).toBe(0)
  })
})

describe('selecting every result of a search', () => {
  it('answers the ids of every match, not only the best hits', async () => {
    app = await openApp()
    const all = await app.ok('searchIds', { query: 'District' })
    const best = await app.ok('search', { query: 'District', limit: 1 })
    expect(best.hits).toHaveLength(1)
    expect(all.ids.length).toBe(best.total)
    expect(all.ids.length).toBeGreaterThan(1)
    expect((await app.err('searchIds', { query: '"unclosed' })).code).toBe('search.unclosedQuote')
  })
})
