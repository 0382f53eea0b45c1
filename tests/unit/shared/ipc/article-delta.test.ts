import { describe, expect, it } from 'vitest'
import { runArticleCommand, type ArticleCommand } from '@shared/annotation'
import { applyDelta, changesLinks, diffArticle, isOlderRead, revisionOf } from '@shared/ipc/article-delta'
import type { ArticleView } from '@shared/ipc/contract'
import type { ArticleDoc, Entity } from '@shared/model'
import { makeCtx, makeDoc } from '../annotation/fixtures'

const ctx = makeCtx()
const HU: Entity = { id: 'e1', type: 'PERSON', name: 'Hu Tao', names: {}, aliases: [], identifiers: {}, description: '' }
/** A command as the archive stores it: the write raises the revision. */
const run = (doc: ArticleDoc, command: ArticleCommand): ArticleDoc => ({
  ...runArticleCommand(doc, command, { ...ctx, hasEntity: () => true }).doc,
  revision: revisionOf(doc) + 1
})
/** As the server stores and the client receives them: fresh objects on both sides. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** An article with three annotations and a relation between the first two. */
function annotated(): ArticleDoc {
  let doc = makeDoc()
  doc = run(doc, { kind: 'addAnnotation', input: { start: 0, end: 6, type: 'PERSON' } })
  doc = run(doc, { kind: 'addAnnotation', input: { start: 8, end: 17, type: 'TITLE' } })
  doc = run(doc, { kind: 'addAnnotation', input: { start: 57, end: 62, type: 'PLACE' } })
  const [a, b] = doc.annotations
  return run(doc, { kind: 'addRelation', input: { type: 'holds-position-in', from: b!.id, to: a!.id } })
}

/** The client's view after the server's change `command`: applied through the delta. */
function through(before: ArticleDoc, command: ArticleCommand, entities: Entity[] = []) {
  const after = run(before, command)
  const delta = copy(diffArticle(before, after, entities))
  const view: ArticleView = { doc: copy(before), entities: [] }
  return { view, after, delta, next: applyDelta(view, delta) }
}

describe('article deltas', () => {
  it('carries only what changed, and applied to the view before gives the article after', () => {
    const before = annotated()
    const { view, after, delta, next } = through(before, { kind: 'updateAnnotation', input: { id: before.annotations[1]!.id, note: 'check', entity: 'e1' } }, [HU])
    expect(delta.annotations.put.map((a) => a.note)).toEqual(['check'])
    // The usual order needs no list of ids: the delta stays small at any article size.
    expect(delta.annotations.ids).toBeUndefined()
    expect(delta.annotations.removed).toEqual([])
    expect(delta.relations.put).toEqual([])
    expect(delta.history.map((e) => e.action)).toEqual(['annotation.update'])
    expect(next).toEqual({ doc: after, entities: [HU] })
    // Unchanged annotations and relations keep their objects: memoised rows stay as they are.
    expect(next!.doc.annotations[0]).toBe(view.doc.annotations[0])
    expect(next!.doc.annotations[2]).toBe(view.doc.annotations[2])
    expect(next!.doc.relations).toBe(view.doc.relations)
  })

  it('removes what the change deleted (an annotation and the relation that needed it), in order', () => {
    const before = annotated()
    const { after, delta, next } = through(before, { kind: 'deleteAnnotations', input: { ids: [before.annotations[0]!.id] } })
    expect(delta.annotations.put).toEqual([])
    expect(delta.annotations.removed).toEqual([before.annotations[0]!.id])
    expect(next!.doc.annotations.map((a) => a.id)).toEqual(after.annotations.map((a) => a.id))
    expect(next!.doc.relations).toEqual([])
    expect(next!.doc).toEqual(after)
  })

  it('puts restored items back where the server has them', () => {
    const before = annotated()
    const deleted = run(before, { kind: 'deleteAnnotations', input: { ids: [before.annotations[1]!.id] } })
    const restore = runArticleCommand(before, { kind: 'deleteAnnotations', input: { ids: [before.annotations[1]!.id] } }, ctx).inverse
    const { next, delta } = through(deleted, restore)
    expect(delta.annotations.ids).toEqual(before.annotations.map((a) => a.id))
    expect(next!.doc.annotations.map((a) => a.id)).toEqual(before.annotations.map((a) => a.id))
    expect(next!.doc.relations.map((r) => r.id)).toEqual(before.relations.map((r) => r.id))
  })

  it('refuses a view that is not at the revision the delta starts from', () => {
    const before = annotated()
    const { delta } = through(before, { kind: 'addAnnotation', input: { start: 66, end: 74, type: 'PERSON' } })
    const stale: ArticleView = { doc: { ...copy(before), revision: revisionOf(before) - 1 }, entities: [] }
    expect(revisionOf(stale.doc)).not.toBe(delta.from)
    expect(applyDelta(stale, delta)).toBeNull()
    const other: ArticleView = { doc: { ...copy(before), article: { ...before.article, id: 'art2' } }, entities: [] }
    expect(applyDelta(other, delta)).toBeNull()
  })

  it('refuses a delta that names an item neither the view nor the delta holds', () => {
    const before = annotated()
    const { view, delta } = through(before, { kind: 'addAnnotation', input: { start: 66, end: 74, type: 'PERSON' } })
    expect(applyDelta(view, { ...delta, annotations: { ...delta.annotations, put: [] } })).toBeNull()
  })

  it('counts revisions from 0 for a shard stored before the counter existed', () => {
    const legacy = makeDoc()
    expect(legacy.revision).toBeUndefined()
    const { delta, next } = through(legacy, { kind: 'addAnnotation', input: { start: 0, end: 6, type: 'PERSON' } })
    expect([delta.from, delta.to]).toEqual([0, 1])
    expect(next!.doc.revision).toBe(1)
  })

  it('answers the same view for a step that changed nothing', () => {
    const doc = annotated()
    const view: ArticleView = { doc, entities: [] }
    expect(applyDelta(view, diffArticle(doc, doc, []))).toBe(view)
  })

  it('tells a whole read that is older than the view shown', () => {
    const before = annotated()
    const { next } = through(before, { kind: 'addAnnotation', input: { start: 66, end: 74, type: 'PERSON' } })
    expect(isOlderRead(next!, { doc: before, entities: [] })).toBe(true)
    expect(isOlderRead({ doc: before, entities: [] }, next!)).toBe(false)
    expect(isOlderRead(next!, next!)).toBe(false)
  })

  it('carries the metadata and text versions only when a change touched them', () => {
    const before = annotated()
    const quiet = diffArticle(before, run(before, { kind: 'addAnnotation', input: { start: 66, end: 74, type: 'PERSON' } }), [])
    expect(quiet.article).toBeUndefined()
    expect(quiet.versions).toBeUndefined()
    const event = { at: '2024-05-08T11:00:00.000Z', actor: 'tester', action: 'version.edit', detail: {} }
    const after: ArticleDoc = {
      ...before,
      article: { ...before.article, title: 'Retitled' },
      versions: [{ ...before.versions[0]!, text: `${before.versions[0]!.text} More.` }],
      history: [...before.history, event],
      revision: revisionOf(before) + 1
    }
    const delta = copy(diffArticle(before, after, []))
    expect(delta.article?.title).toBe('Retitled')
    expect(applyDelta({ doc: copy(before), entities: [] }, delta)!.doc).toEqual(after)
  })

  it('tells when a change adds, moves or removes a link to an entity (mention counts change)', () => {
    const before = annotated()
    const view: ArticleView = { doc: before, entities: [] }
    const [a, b] = before.annotations
    const note = diffArticle(before, run(before, { kind: 'updateAnnotation', input: { id: a!.id, note: 'n' } }), [])
    expect(changesLinks(view, note)).toBe(false)
    const linked = run(before, { kind: 'updateAnnotation', input: { id: b!.id, entity: 'e1' } })
    expect(changesLinks(view, diffArticle(before, linked, [HU]))).toBe(true)
    const removed = diffArticle(linked, run(linked, { kind: 'deleteAnnotations', input: { ids: [b!.id] } }), [])
    expect(changesLinks({ doc: linked, entities: [HU] }, removed)).toBe(true)
  })
})

describe('article deltas of translation edits', () => {
  const EN = 'Mayor Li Ming visited the the Hexi Village on Monday.\n\nHe said the village income grew by 35 million yuan this year.'
  function translated(): ArticleDoc {
    let doc = run(makeDoc(), { kind: 'addTranslation', input: { lang: 'zh', text: '胡涛访问了阜新。\n\n雷锋！\n\n第二段。' } })
    doc = run(doc, { kind: 'addTranslation', input: { lang: 'fr', text: EN } })
    const version = doc.versions[2]!
    doc = run(doc, { kind: 'addAnnotation', input: { source: version.id, start: 80, end: 87, type: 'PLACE' } })
    return doc
  }

  it('a one-word post-edit sends a text patch and one row, never the whole text', () => {
    const before = translated()
    const row = before.alignments[1]!.rows[0]!
    const { delta, next, after } = through(before, { kind: 'postEdit', input: { lang: 'fr', rowId: row.id, text: 'Mayor Li Ming visited the Hexi Village on Monday.' } })
    expect(delta.versions).toBeUndefined()
    expect(delta.texts).toEqual([{ versionId: before.versions[2]!.id, start: 26, end: 30, text: '' }])
    expect(delta.alignments).toMatchObject({ put: [], removed: [], rows: [{ target: before.versions[2]!.id, rows: { put: [expect.objectContaining({ id: row.id })], removed: [] } }] })
    // The annotation after the edit moved with the patch: nothing listed for it.
    expect(delta.annotations.put).toEqual([])
    expect(JSON.stringify(delta)).not.toContain('35 million')
    expect(next).toEqual({ doc: after, entities: [] })
  })

  it('adding a translation sends the versions and the new alignment; undoing removes it', () => {
    const before = makeDoc()
    const { delta, next, after } = through(before, { kind: 'addTranslation', input: { lang: 'fr', text: 'Une phrase. Deux phrases.' } })
    expect(delta.versions).toHaveLength(2)
    expect(delta.alignments?.put).toHaveLength(1)
    expect(next).toEqual({ doc: after, entities: [] })
    const outcome = runArticleCommand(after, { kind: 'setTranslation', input: { versionId: after.versions[1]!.id, version: null, alignment: null, action: 'translation.add' } }, ctx)
    const undone = { ...outcome.doc, revision: revisionOf(after) + 1 }
    const back = applyDelta({ doc: copy(after), entities: [] }, copy(diffArticle(after, undone, [])))
    expect(back).toEqual({ doc: undone, entities: [] })
    expect(back!.doc.alignments).toEqual([])
  })

  it('split and merge send row changes only', () => {
    const before = translated()
    const row = before.alignments[1]!.rows[1]!
    const split = through(before, { kind: 'splitSegment', input: { lang: 'fr', rowId: row.id, side: 'target', at: row.target.start + 7 } })
    expect(split.delta.texts).toBeUndefined()
    expect(split.delta.alignments!.rows[0]!.rows.put).toHaveLength(2)
    expect(split.next).toEqual({ doc: split.after, entities: [] })
  })
})
