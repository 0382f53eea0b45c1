import { describe, expect, it } from 'vitest'
import { EntityNames, forgetRejections, rejectSuggestions, runArticleCommand, suggest } from '@shared/annotation'
import { applyDelta, diffArticle, revisionOf } from '@shared/ipc/article-delta'
import type { Entity } from '@shared/model'
import { failureCode, makeCtx, makeDoc, state } from './fixtures'

const TEXT = 'Wen Lijun, director of the Qinghe District Party Committee, visited Pine Square. 𠮷 Pine Square was full.'

describe('rejecting suggestions', () => {
  it('remembers the span, type and text, once, and its inverse forgets it again', () => {
    const doc = makeDoc(TEXT)
    const { start, end, type } = suggest(TEXT).find((s) => s.exact === 'Pine Square')!
    const square = { start, end, type }
    const out = rejectSuggestions(doc, { items: [square, square] }, makeCtx())
    expect(out.doc.rejected).toEqual([{ source: 'v1', start: square.start, end: square.end, type: 'PLACE', exact: 'Pine Square' }])
    expect(out.event).toMatchObject({ action: 'suggestion.reject', detail: { type: 'PLACE', exact: 'Pine Square' } })
    expect(out.value).toBe(1)

    const back = runArticleCommand(out.doc, out.inverse, makeCtx({ via: 'undo' }))
    expect(back.doc.rejected).toEqual([])
    expect(back.event.action).toBe('suggestion.forget')
    const redone = runArticleCommand(back.doc, back.inverse, makeCtx({ via: 'redo' }))
    expect(state(redone.doc)).toEqual(state(out.doc))
  })

  it('changes nothing when everything is rejected already', () => {
    const first = rejectSuggestions(makeDoc(TEXT), { items: [{ start: 0, end: 9, type: 'PERSON' }] }, makeCtx())
    const again = rejectSuggestions(first.doc, { items: [{ start: 0, end: 9, type: 'PERSON' }] }, makeCtx())
    expect(again.unchanged).toBe(true)
    expect(again.doc).toBe(first.doc)
    expect(forgetRejections(makeDoc(TEXT), { items: first.doc.rejected! }, makeCtx()).unchanged).toBe(true)
  })

  it('refuses empty or out-of-text ranges, unknown types and versions', () => {
    const doc = makeDoc(TEXT)
    expect(failureCode(() => rejectSuggestions(doc, { items: [{ start: 4, end: 4, type: 'PERSON' }] }, makeCtx()))).toBe('annotation.invalidRange')
    expect(failureCode(() => rejectSuggestions(doc, { items: [{ start: 4, end: 500, type: 'PERSON' }] }, makeCtx()))).toBe('annotation.outOfRange')
    expect(failureCode(() => rejectSuggestions(doc, { items: [{ start: 0, end: 9, type: 'NOPE' }] }, makeCtx()))).toBe('annotation.unknownType')
    expect(failureCode(() => rejectSuggestions(doc, { items: [{ start: 0, end: 9, type: 'PERSON', source: 'v9' }] }, makeCtx()))).toBe('annotation.unknownSource')
  })

  it('travels in the article delta, so a view stays in step', () => {
    const doc = makeDoc(TEXT)
    const out = rejectSuggestions(doc, { items: [{ start: 0, end: 9, type: 'PERSON' }] }, makeCtx())
    // As the archive stores it: the write raises the revision.
    const stored = { ...out.doc, revision: revisionOf(doc) + 1 }
    const delta = diffArticle(doc, stored, [])
    expect(delta.rejected).toEqual(stored.rejected)
    expect(applyDelta({ doc, entities: [] }, delta)?.doc).toEqual(stored)
    expect(diffArticle(stored, stored, []).rejected).toBeUndefined()
  })
})

describe('suggest with rejections', () => {
  it('leaves out a rejected suggestion at that place only, with astral characters before it', () => {
    const all = suggest(TEXT)
    const squares = all.filter((s) => s.exact === 'Pine Square')
    expect(squares).toHaveLength(2)
    const second = squares[1]!
    const rejected = [{ source: 'v1', start: second.start, end: second.end, type: 'PLACE', exact: 'Pine Square' }]
    const left = suggest(TEXT, { rejected })
    expect(left.filter((s) => s.exact === 'Pine Square').map((s) => s.start)).toEqual([squares[0]!.start])
    expect(left).toHaveLength(all.length - 1)
  })

  it('offers the shorter reading a rejected long one hid', () => {
    const org = suggest(TEXT).find((s) => s.type === 'ORG')!
    expect(org.exact).toBe('Qinghe District Party Committee')
    const left = suggest(TEXT, { rejected: [{ source: 'v1', start: org.start, end: org.end, type: 'ORG', exact: org.exact }] })
    expect(left.some((s) => s.type === 'ORG' && s.start === org.start && s.end === org.end)).toBe(false)
    expect(left.find((s) => s.exact === 'Qinghe District')).toMatchObject({ type: 'PLACE' })
  })

  it('offers it again once the text under the rejection changed', () => {
    const rejected = [{ source: 'v1', start: 0, end: 9, type: 'PERSON', exact: 'Wen Lijun' }]
    const changed = TEXT.replace('Wen Lijun', 'Wen Lijie')
    expect(suggest(changed, { rejected }).find((s) => s.start === 0)).toMatchObject({ exact: 'Wen Lijie', type: 'PERSON' })
  })
})

describe('the registry as a gazetteer', () => {
  const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
    id,
    type: 'PERSON',
    name,
    names: {},
    aliases: [],
    identifiers: {},
    description: '',
    ...extra
  })

  it('gives the entity of a name borne by one entity, and none when several share it', () => {
    const names = new EntityNames([
      entity('e1', 'Wen Lijun', { names: { zh: '温丽君' }, aliases: ['Director Wen'] }),
      entity('e2', 'Pine Square', { type: 'PLACE' }),
      entity('e3', 'Pine Square', { type: 'PLACE', description: 'another one' })
    ])
    const found = suggest('Director Wen met 温丽君 at Pine Square.', { entities: names })
    expect(found.map(({ exact, type, source, entity: id }) => ({ exact, type, source, entity: id }))).toEqual([
      { exact: 'Director Wen', type: 'PERSON', source: 'entity', entity: 'e1' },
      { exact: '温丽君', type: 'PERSON', source: 'entity', entity: 'e1' },
      { exact: 'Pine Square', type: 'PLACE', source: 'entity', entity: undefined }
    ])
  })
})
