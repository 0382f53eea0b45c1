import { afterEach, describe, expect, it } from 'vitest'
import { importNews, openApp, rangeOf, removeTempDirs, type TestApp } from './helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

async function songmei() {
  app = await openApp()
  const [id] = await importNews(app)
  const view = await app.ok('getArticle', { id })
  return { app, id, text: view.doc.versions[0]!.text }
}

describe('article operations through the dispatcher', () => {
  it('adds an annotation with both selectors, records history and undoes/redoes it', async () => {
    const { app, id, text } = await songmei()
    const change = await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Gao Wenbin'), type: 'PERSON' })
    const added = change.view.doc.annotations.at(-1)!
    expect(added.target.quote.exact).toBe('Gao Wenbin')
    expect(added.target.position.type).toBe('TextPositionSelector')
    expect(change.undo).toMatchObject({ canUndo: true, canRedo: false, undoAction: 'annotation.add', redoAction: null, undoLabel: { action: 'annotation.add', quote: 'Gao Wenbin', type: 'PERSON' } })
    const event = change.view.doc.history.at(-1)!
    expect(event.action).toBe('annotation.add')
    expect(event.actor.length).toBeGreaterThan(0)

    const undone = await app.ok('undo', { articleId: id })
    expect(undone.action).toBe('annotation.add')
    expect(undone.change!.view.doc.annotations).toHaveLength(0)
    expect(undone.undo).toMatchObject({ canUndo: false, canRedo: true, redoAction: 'annotation.add' })
    expect((await app.ok('getArticle', { id })).doc.annotations).toHaveLength(0)

    const redone = await app.ok('redo', { articleId: id })
    expect(redone.change!.view.doc.annotations.map((a) => a.id)).toEqual([added.id])
    expect(redone.change!.view.doc.history.map((e) => e.detail.via ?? 'edit').slice(-3)).toEqual(['edit', 'undo', 'redo'])
    expect(await app.ok('undoState', { articleId: id })).toMatchObject({ canUndo: true, canRedo: false })
    expect((await app.err('undo', { articleId: 'nothing-here' })).code).toBe('article.notFound')
    await app.ok('undo', { articleId: id })
    const empty = await app.ok('undo', { articleId: id })
    expect(empty.action).toBeNull()
    expect(empty.change!.view.doc.annotations).toHaveLength(0)
  })

  it('updates, deletes and relates annotations, each undoable', async () => {
    const { app, id, text } = await songmei()
    const a = (await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Gao Wenbin'), type: 'PERSON' })).view.doc.annotations.at(-1)!
    const b = (await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Municipal Party Committee'), type: 'ORG' })).view.doc.annotations.at(-1)!

    const retyped = await app.ok('updateAnnotation', { articleId: id, id: a.id, type: 'TITLE', note: 'check' })
    expect(retyped.view.doc.annotations.find((x) => x.id === a.id)).toMatchObject({ type: 'TITLE', note: 'check' })
    await app.ok('undo', { articleId: id })
    expect((await app.ok('getArticle', { id })).doc.annotations.find((x) => x.id === a.id)).toMatchObject({ type: 'PERSON', note: '' })

    const related = await app.ok('addRelation', { articleId: id, type: 'member-of', from: a.id, to: b.id })
    const relation = related.view.doc.relations[0]!
    expect(relation.id).toMatch(/^r_/)
    const updated = await app.ok('updateRelation', { articleId: id, id: relation.id, type: 'holds-position-in' })
    expect(updated.view.doc.relations[0]!.type).toBe('holds-position-in')
    await app.ok('undo', { articleId: id })
    expect((await app.ok('getArticle', { id })).doc.relations[0]!.type).toBe('member-of')

    // Deleting an annotation takes its relation along; undo restores both.
    const deleted = await app.ok('deleteAnnotations', { articleId: id, ids: [a.id] })
    expect(deleted.view.doc.relations).toHaveLength(0)
    const restored = await app.ok('undo', { articleId: id })
    expect(restored.change!.view.doc.annotations.map((x) => x.id)).toContain(a.id)
    expect(restored.change!.view.doc.relations.map((r) => r.id)).toEqual([relation.id])

    await app.ok('deleteRelation', { articleId: id, id: relation.id })
    expect((await app.ok('undo', { articleId: id })).change!.view.doc.relations).toHaveLength(1)
    expect((await app.ok('redo', { articleId: id })).change!.view.doc.relations).toHaveLength(0)
  })

  it('merges consecutive note edits into one undo step', async () => {
    const { app, id, text } = await songmei()
    const a = (await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Gao Wenbin'), type: 'PERSON' })).view.doc.annotations.at(-1)!
    for (const note of ['a', 'ab', 'abc']) await app.ok('updateAnnotation', { articleId: id, id: a.id, note })
    const undone = await app.ok('undo', { articleId: id })
    expect(undone.change!.view.doc.annotations[0]!.note).toBe('')
    expect(undone.undo.undoAction).toBe('annotation.add')
  })

  it('suggests without storing, and accepts suggestions as one undo step', async () => {
    const { app, id } = await songmei()
    const suggestions = await app.ok('suggest', { articleId: id })
    expect(suggestions.length).toBeGreaterThan(0)
    expect((await app.ok('getArticle', { id })).doc.annotations).toHaveLength(0)
    const items = suggestions.slice(0, 3).map(({ start, end, type }) => ({ start, end, type }))
    const accepted = await app.ok('acceptSuggestions', { articleId: id, items })
    expect(accepted.view.doc.annotations).toHaveLength(3)
    expect(accepted.undo.undoAction).toBe('annotation.addMany')
    expect((await app.ok('undo', { articleId: id })).change!.view.doc.annotations).toHaveLength(0)
  })
})
