import { describe, expect, it } from 'vitest'
import { addAnnotation, addRelation, deleteRelation, runArticleCommand, updateRelation } from '@shared/annotation'
import type { ArticleDoc } from '@shared/model'
import { failureCode, makeCtx, makeDoc, state } from './fixtures'

function withThree(): { doc: ArticleDoc; ids: [string, string, string] } {
  const ctx = makeCtx({ newId: () => `ann${Math.random().toString(36).slice(2, 8)}` })
  let doc = makeDoc()
  doc = addAnnotation(doc, { type: 'PERSON', start: 0, end: 6 }, ctx).doc
  doc = addAnnotation(doc, { type: 'TITLE', start: 8, end: 17 }, ctx).doc
  doc = addAnnotation(doc, { type: 'ORG', start: 25, end: 47 }, ctx).doc
  return { doc, ids: doc.annotations.map((a) => a.id) as [string, string, string] }
}

describe('relations', () => {
  it('adds a relation; the inverse removes it', () => {
    const { doc, ids } = withThree()
    const ctx = makeCtx()
    const out = addRelation(doc, { type: 'holds-position-in', from: ids[0], to: ids[2] }, ctx)
    expect(out.doc.relations).toEqual([out.value])
    expect(out.event.action).toBe('relation.add')
    expect(state(runArticleCommand(out.doc, out.inverse, ctx).doc)).toEqual(state(doc))
  })

  it('refuses unknown ends, unknown types, self-relations and duplicates', () => {
    const { doc, ids } = withThree()
    const ctx = makeCtx()
    expect(failureCode(() => addRelation(doc, { type: 'member-of', from: ids[0], to: 'nope' }, ctx))).toBe('relation.unknownAnnotation')
    expect(failureCode(() => addRelation(doc, { type: 'likes', from: ids[0], to: ids[1] }, ctx))).toBe('relation.unknownType')
    expect(failureCode(() => addRelation(doc, { type: 'member-of', from: ids[0], to: ids[0] }, ctx))).toBe('relation.selfLoop')
    const one = addRelation(doc, { type: 'member-of', from: ids[0], to: ids[2] }, ctx)
    expect(failureCode(() => addRelation(one.doc, { type: 'member-of', from: ids[0], to: ids[2] }, ctx))).toBe('relation.duplicate')
  })

  it('updates type, ends and note; the inverse restores them', () => {
    const { doc, ids } = withThree()
    const ctx = makeCtx()
    const added = addRelation(doc, { type: 'member-of', from: ids[0], to: ids[2] }, ctx)
    const out = updateRelation(added.doc, { id: added.value.id, type: 'holds-position-in', to: ids[1], note: 'since 2020' }, ctx)
    expect(out.value).toMatchObject({ type: 'holds-position-in', to: ids[1], note: 'since 2020' })
    expect(state(runArticleCommand(out.doc, out.inverse, ctx).doc)).toEqual(state(added.doc))
    expect(failureCode(() => updateRelation(added.doc, { id: added.value.id, to: 'nope' }, ctx))).toBe('relation.unknownAnnotation')
    expect(failureCode(() => updateRelation(added.doc, { id: 'zz', note: 'x' }, ctx))).toBe('relation.notFound')
  })

  it('deletes a relation; the inverse puts it back in place', () => {
    const { doc, ids } = withThree()
    const ctx = makeCtx()
    let d = addRelation(doc, { type: 'member-of', from: ids[0], to: ids[2] }, ctx).doc
    d = addRelation(d, { type: 'member-of', from: ids[1], to: ids[2] }, ctx).doc
    const first = d.relations[0]!.id
    const out = deleteRelation(d, { id: first }, ctx)
    expect(out.doc.relations).toHaveLength(1)
    const back = runArticleCommand(out.doc, out.inverse, ctx)
    expect(state(back.doc)).toEqual(state(d))
    expect(back.doc.relations[0]!.id).toBe(first)
  })
})
