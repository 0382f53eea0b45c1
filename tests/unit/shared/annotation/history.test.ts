import { describe, expect, it } from 'vitest'
import {
  addAnnotation,
  emptyHistory,
  MERGE_WINDOW_MS,
  record,
  redo,
  runArticleCommand,
  undo,
  updateAnnotation,
  type ArticleCommand,
  type History
} from '@shared/annotation'
import { makeCtx, makeDoc, state } from './fixtures'

describe('History', () => {
  it('undoes and redoes a sequence of changes', () => {
    const ctx = makeCtx()
    const d0 = makeDoc()
    let h: History<ArticleCommand> = emptyHistory()
    const a = addAnnotation(d0, { type: 'PERSON', start: 0, end: 6 }, ctx)
    h = record(h, a, 0)
    const b = addAnnotation(a.doc, { type: 'PLACE', start: 57, end: 62 }, ctx)
    h = record(h, b, 10_000)
    const u1 = undo(h, b.doc, runArticleCommand, ctx, 20_000)!
    expect(state(u1.doc)).toEqual(state(a.doc))
    expect(u1.outcome.event.detail.via).toBe('undo')
    const u2 = undo(u1.history, u1.doc, runArticleCommand, ctx, 20_001)!
    expect(state(u2.doc)).toEqual(state(d0))
    expect(undo(u2.history, u2.doc, runArticleCommand, ctx, 0)).toBeNull()
    const r1 = redo(u2.history, u2.doc, runArticleCommand, ctx, 20_002)!
    expect(state(r1.doc)).toEqual(state(a.doc))
    expect(r1.outcome.event.detail.via).toBe('redo')
    expect(r1.history.redo).toHaveLength(1)
    // every step, undo and redo included, is in the article's history
    expect(r1.doc.history.map((e) => e.action)).toEqual([
      'annotation.add',
      'annotation.add',
      'annotation.delete',
      'annotation.delete',
      'annotation.restore'
    ])
    // a new change clears the redo stack
    const c = addAnnotation(r1.doc, { type: 'DATE', start: 8, end: 17 }, ctx)
    expect(record(r1.history, c, 30_000).redo).toEqual([])
  })

  it('merges quick edits of one note into one undo step, but not slow ones', () => {
    const ctx = makeCtx()
    const added = addAnnotation(makeDoc(), { type: 'PERSON', start: 0, end: 6 }, ctx)
    const id = added.value.id
    let h = record(emptyHistory<ArticleCommand>(), added, 0)
    let doc = added.doc
    for (const [i, note] of ['H', 'He', 'Hel', 'Hell', 'Hello'].entries()) {
      const out = updateAnnotation(doc, { id, note }, ctx)
      h = record(h, out, 1000 + i * 500)
      doc = out.doc
    }
    expect(h.undo).toHaveLength(2)
    const u = undo(h, doc, runArticleCommand, ctx, 5000)!
    expect(u.doc.annotations[0]!.note).toBe('')
    const late = updateAnnotation(u.doc, { id, note: 'Later' }, ctx)
    const h2 = record(u.history, late, 5000)
    const later = updateAnnotation(late.doc, { id, note: 'Later!' }, ctx)
    expect(record(h2, later, 5000 + MERGE_WINDOW_MS + 1).undo).toHaveLength(3)
  })
})
