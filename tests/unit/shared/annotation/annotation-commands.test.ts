import { describe, expect, it } from 'vitest'
import {
  addAnnotation,
  addAnnotations,
  deleteAnnotation,
  relinkEntities,
  retypeAnnotations,
  runArticleCommand,
  updateAnnotation
} from '@shared/annotation'
import { DEFAULT_SCHEMA } from '@shared/model'
import { failureCode, makeCtx, makeDoc, state, TEXT } from './fixtures'

const cp = (s: string): number => [...TEXT.slice(0, TEXT.indexOf(s))].length
const range = (s: string) => ({ start: cp(s), end: cp(s) + [...s].length })

describe('addAnnotation', () => {
  it('adds an annotation with both selectors and a history event; the inverse removes it', () => {
    const doc = makeDoc()
    const ctx = makeCtx()
    const out = addAnnotation(doc, { type: 'PERSON', ...range('Lei Feng') }, ctx)
    const a = out.value
    expect(a.target.quote.exact).toBe('Lei Feng')
    expect(a.target.position.start).toBe(TEXT.indexOf('Lei Feng') - 1) // one emoji before
    expect(a.target.source).toBe('v1')
    expect(a.createdBy).toBe('tester')
    expect(out.doc.history).toEqual([out.event])
    expect(out.event).toMatchObject({ actor: 'tester', action: 'annotation.add', at: ctx.now })
    const back = runArticleCommand(out.doc, out.inverse, ctx)
    expect(state(back.doc)).toEqual(state(doc))
    expect(back.doc.history).toHaveLength(2)
  })

  it('trims whitespace at the edges of a selection', () => {
    const r = range('Fuxin')
    const out = addAnnotation(makeDoc(), { type: 'PLACE', start: r.start - 1, end: r.end }, makeCtx())
    expect(out.value.target.quote.exact).toBe('Fuxin')
    expect(out.value.target.position.start).toBe(r.start)
  })

  it('refuses bad input with stable codes', () => {
    const doc = makeDoc()
    const ctx = makeCtx()
    expect(failureCode(() => addAnnotation(doc, { type: 'PERSON', start: 3, end: 3 }, ctx))).toBe('annotation.emptySelection')
    expect(failureCode(() => addAnnotation(doc, { type: 'PERSON', start: 7, end: 8 }, ctx))).toBe('annotation.emptySelection')
    expect(failureCode(() => addAnnotation(doc, { type: 'PERSON', start: 5, end: 2 }, ctx))).toBe('annotation.invalidRange')
    expect(failureCode(() => addAnnotation(doc, { type: 'PERSON', start: 0, end: 10_000 }, ctx))).toBe('annotation.outOfRange')
    expect(failureCode(() => addAnnotation(doc, { type: 'NOPE', ...range('Fuxin') }, ctx))).toBe('annotation.unknownType')
    expect(failureCode(() => addAnnotation(doc, { type: 'PERSON', start: cp('Lei Feng!'), end: cp('Second') + 6 }, ctx))).toBe(
      'annotation.crossesParagraph'
    )
    expect(failureCode(() => addAnnotation(doc, { type: 'PERSON', ...range('Fuxin'), source: 'v9' }, ctx))).toBe('annotation.unknownSource')
    const strict = makeCtx({ hasEntity: (id) => id === 'e1' })
    expect(failureCode(() => addAnnotation(doc, { type: 'PERSON', ...range('Hu Tao'), entity: 'e9' }, strict))).toBe('annotation.unknownEntity')
    expect(failureCode(() => addAnnotation(doc, { type: 'PERSON', ...range('Hu Tao'), note: 'x'.repeat(20_001) }, ctx))).toBe(
      'annotation.noteTooLong'
    )
  })

  it('never duplicates the same type on the same range, but allows nesting and other types', () => {
    const ctx = makeCtx()
    const one = addAnnotation(makeDoc(), { type: 'ORG', ...range('Youth League Committee') }, ctx)
    expect(failureCode(() => addAnnotation(one.doc, { type: 'ORG', ...range('Youth League Committee') }, ctx))).toBe('annotation.duplicate')
    const nested = addAnnotation(one.doc, { type: 'TITLE', ...range('secretary of the Youth League Committee') }, ctx)
    const other = addAnnotation(nested.doc, { type: 'MISC', ...range('Youth League Committee') }, ctx)
    expect(other.doc.annotations).toHaveLength(3)
  })
})

describe('addAnnotations', () => {
  it('adds a batch as one step, skipping duplicates; the inverse removes exactly the batch', () => {
    const ctx = makeCtx()
    const first = addAnnotation(makeDoc(), { type: 'PERSON', ...range('Lei Feng') }, ctx)
    const second = TEXT.lastIndexOf('Lei Feng')
    const s2 = [...TEXT.slice(0, second)].length
    const items = [
      { type: 'PERSON', ...range('Lei Feng') },
      { type: 'PERSON', start: s2, end: s2 + 8 },
      { type: 'PERSON', start: s2, end: s2 + 8 },
      { type: 'PERSON', ...range('Hu Tao') }
    ]
    const out = addAnnotations(first.doc, { items }, ctx)
    expect(out.value.created).toHaveLength(2)
    expect(out.value.skipped).toBe(2)
    expect(out.doc.annotations).toHaveLength(3)
    expect(state(runArticleCommand(out.doc, out.inverse, ctx).doc)).toEqual(state(first.doc))
  })

  it('refuses the whole batch when one item is invalid', () => {
    expect(
      failureCode(() => addAnnotations(makeDoc(), { items: [{ type: 'PERSON', ...range('Hu Tao') }, { type: 'X', ...range('Fuxin') }] }, makeCtx()))
    ).toBe('annotation.unknownType')
  })
})

describe('updateAnnotation', () => {
  it('updates type, note, entity and attributes; the inverse restores them and modifiedAt', () => {
    const ctx = makeCtx()
    const added = addAnnotation(makeDoc(), { type: 'PERSON', ...range('Hu Tao') }, { ...ctx, now: '2024-01-01T00:00:00.000Z' })
    const id = added.value.id
    const out = updateAnnotation(added.doc, { id, type: 'TITLE', note: 'n', entity: 'e1', attributes: { uncertain: true } }, ctx)
    expect(out.value).toMatchObject({ type: 'TITLE', note: 'n', entity: 'e1', attributes: { uncertain: true }, modifiedAt: ctx.now })
    expect(out.mergeKey).toBeUndefined()
    expect(state(runArticleCommand(out.doc, out.inverse, ctx).doc)).toEqual(state(added.doc))
    expect(updateAnnotation(added.doc, { id, note: 'typing' }, ctx).mergeKey).toBe(`note:${id}`)
  })

  it('refuses unknown annotations, unknown types and empty patches', () => {
    const ctx = makeCtx()
    const added = addAnnotation(makeDoc(), { type: 'PERSON', ...range('Hu Tao') }, ctx)
    expect(failureCode(() => updateAnnotation(added.doc, { id: 'zz', note: 'x' }, ctx))).toBe('annotation.notFound')
    expect(failureCode(() => updateAnnotation(added.doc, { id: added.value.id, type: 'NOPE' }, ctx))).toBe('annotation.unknownType')
    expect(failureCode(() => updateAnnotation(added.doc, { id: added.value.id }, ctx))).toBe('annotation.nothingToUpdate')
  })
})

describe('deleteAnnotation', () => {
  it('removes the annotation and its relations; the inverse restores both in place', () => {
    const ctx = makeCtx()
    let doc = makeDoc()
    for (const [type, s] of [['PERSON', 'Hu Tao'], ['TITLE', 'secretary'], ['ORG', 'Youth League Committee']] as const) {
      doc = addAnnotation(doc, { type, ...range(s) }, ctx).doc
    }
    const [a, b, c] = doc.annotations.map((x) => x.id) as [string, string, string]
    doc = runArticleCommand(doc, { kind: 'addRelation', input: { type: 'holds-position-in', from: a, to: c } }, ctx).doc
    doc = runArticleCommand(doc, { kind: 'addRelation', input: { type: 'member-of', from: b, to: c } }, ctx).doc
    doc = runArticleCommand(doc, { kind: 'addRelation', input: { type: 'member-of', from: a, to: b } }, ctx).doc
    const out = deleteAnnotation(doc, { id: c }, ctx)
    expect(out.doc.annotations.map((x) => x.id)).toEqual([a, b])
    expect(out.doc.relations).toHaveLength(1)
    const back = runArticleCommand(out.doc, out.inverse, ctx)
    expect(state(back.doc)).toEqual(state(doc))
    // and redo (the inverse of the inverse) deletes again
    expect(state(runArticleCommand(back.doc, back.inverse, ctx).doc)).toEqual(state(out.doc))
    expect(failureCode(() => deleteAnnotation(doc, { id: 'zz' }, ctx))).toBe('annotation.notFound')
  })
})

describe('relinkEntities and retypeAnnotations', () => {
  it('relinks by entity map; the inverse restores each annotation', () => {
    const ctx = makeCtx()
    let doc = addAnnotation(makeDoc(), { type: 'PERSON', ...range('Hu Tao'), entity: 'e2' }, ctx).doc
    doc = addAnnotation(doc, { type: 'PLACE', ...range('Fuxin'), entity: 'e3' }, ctx).doc
    const out = relinkEntities(doc, { map: { e2: 'e1' } }, ctx)
    expect(out.doc.annotations.map((a) => a.entity)).toEqual(['e1', 'e3'])
    expect(out.value).toBe(1)
    expect(state(runArticleCommand(out.doc, out.inverse, ctx).doc)).toEqual(state(doc))
  })

  it('retypes by a schema rename; the inverse restores the old types', () => {
    const ctx = makeCtx()
    const doc = addAnnotation(makeDoc(), { type: 'PLACE', ...range('Fuxin') }, ctx).doc
    const schema = { ...DEFAULT_SCHEMA, types: DEFAULT_SCHEMA.types.map((t) => (t.name === 'PLACE' ? { ...t, name: 'LOC' } : t)) }
    const renamed = makeCtx({ schema })
    const out = retypeAnnotations(doc, { map: { PLACE: 'LOC' } }, renamed)
    expect(out.doc.annotations[0]!.type).toBe('LOC')
    expect(failureCode(() => retypeAnnotations(doc, { map: { PLACE: 'LOC' } }, ctx))).toBe('annotation.unknownType')
    expect(state(runArticleCommand(out.doc, out.inverse, ctx).doc)).toEqual(state(doc))
  })
})
