import { afterEach, describe, expect, it } from 'vitest'
import { openApp, rangeOf, removeTempDirs, type TestApp } from './helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

/** A new archive's first sample article (written by us, in resources/samples). */
async function sample(language: 'en' | 'zh-CN' = 'en') {
  app = await openApp(language)
  const id = 'sample-1'
  const view = await app.ok('getArticle', { id })
  return { app, id, doc: view.doc, text: view.doc.versions[0]!.text }
}

describe('article revisions', () => {
  it('counts from 0 for a shard stored without one and rises by one with every write', async () => {
    const { app, id, doc, text } = await sample()
    expect(doc.revision).toBeUndefined()
    const added = await app.ok('addAnnotation', { articleId: id, revision: 0, ...rangeOf(text, 'Lanxia City'), type: 'PLACE' })
    expect([added.delta.from, added.delta.to]).toEqual([0, 1])
    const noted = await app.ok('updateAnnotation', { articleId: id, revision: 1, id: added.delta.annotations.put[0]!.id, note: 'city' })
    expect([noted.delta.from, noted.delta.to]).toEqual([1, 2])
    const undone = await app.ok('undo', { articleId: id, revision: 2 })
    expect(undone.change!.delta.to).toBe(3)
    expect((await app.ok('getArticle', { id })).doc.revision).toBe(3)
  })

  it('refuses a write against a revision the article has left, storing nothing, in words without ids', async () => {
    const { app, id, text } = await sample()
    // Window B tags at revision 0; window A, still showing revision 0, then edits.
    await app.ok('addAnnotation', { articleId: id, revision: 0, ...rangeOf(text, 'Jinghe Square'), type: 'PLACE' })
    const refused = await app.err('addAnnotation', { articleId: id, revision: 0, ...rangeOf(text, 'Lanxia City'), type: 'PLACE' })
    expect(refused.code).toBe('article.changedElsewhere')
    expect(refused.message).toMatch(/another window/)
    expect(refused.message).not.toContain(id)
    const stored = await app.ok('getArticle', { id })
    expect(stored.doc.annotations.map((a) => a.target.quote.exact)).toEqual(['Jinghe Square'])
    expect(stored.doc.revision).toBe(1)
  })

  it('refuses an undo that would reverse a change the window has not shown', async () => {
    const { app, id, text } = await sample()
    await app.ok('addAnnotation', { articleId: id, revision: 0, ...rangeOf(text, 'Jinghe Square'), type: 'PLACE' })
    expect((await app.err('undo', { articleId: id, revision: 0 })).code).toBe('article.changedElsewhere')
    expect((await app.ok('getArticle', { id })).doc.annotations).toHaveLength(1)
    expect(await app.ok('undoState', { articleId: id })).toMatchObject({ canUndo: true, canRedo: false })
  })

  it('translates the refusal', async () => {
    const { app, id, text } = await sample('zh-CN')
    await app.ok('addAnnotation', { articleId: id, revision: 0, ...rangeOf(text, 'Jinghe Square'), type: 'PLACE' })
    const refused = await app.err('deleteAnnotations', { articleId: id, revision: 0, ids: ['n_0000000000000000'] })
    expect(refused.message).toContain('另一个窗口')
  })
})

describe('undo labels', () => {
  it('name the step by the quote and type it touched, the same for redo, and a count for a batch', async () => {
    const { app, id, text } = await sample()
    const tagged = await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Lanxia City'), type: 'PLACE' })
    expect(tagged.undo.undoLabel).toEqual({ action: 'annotation.add', quote: 'Lanxia City', type: 'PLACE' })
    const undone = await app.ok('undo', { articleId: id })
    expect(undone.undo.redoLabel).toEqual({ action: 'annotation.add', quote: 'Lanxia City', type: 'PLACE' })
    const many = await app.ok('addAnnotations', {
      articleId: id,
      items: [
        { ...rangeOf(text, 'Jinghe Square'), type: 'PLACE' },
        { ...rangeOf(text, 'Baituo District'), type: 'PLACE' }
      ]
    })
    expect(many.undo.undoLabel).toEqual({ action: 'annotation.addMany', count: 2 })
  })

  it('keep the first label while keystrokes on one note merge into one step', async () => {
    const { app, id, text } = await sample()
    const tagged = await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Lanxia City'), type: 'PLACE' })
    const annotation = tagged.delta.annotations.put[0]!.id
    await app.ok('updateAnnotation', { articleId: id, id: annotation, note: 'c' })
    const noted = await app.ok('updateAnnotation', { articleId: id, id: annotation, note: 'ci' })
    expect(noted.undo.undoLabel).toEqual({ action: 'annotation.update', quote: 'Lanxia City', type: 'PLACE' })
  })
})
