import { describe, expect, it } from 'vitest'
import { addAnnotation, findOccurrences } from '@shared/annotation'
import { makeCtx, makeDoc } from './fixtures'

describe('findOccurrences', () => {
  const text = "Lei Feng's spirit: the Lei Fengs of today, LEI FENG, lei feng and Lei Feng 😀 Lei Feng."

  it('respects English word boundaries and case', () => {
    const found = findOccurrences(text, 'Lei Feng', { type: 'PERSON' })
    expect(found.map((o) => o.exact)).toEqual(['Lei Feng', 'Lei Feng', 'Lei Feng'])
    expect(found.map((o) => o.start)).toEqual([0, 66, 77])
    expect(found[2]!.prefix.endsWith('Lei Feng 😀 ')).toBe(true)
    expect(found[0]!.suffix.startsWith("'s spirit")).toBe(true)
  })

  it('can ignore case', () => {
    const found = findOccurrences(text, 'Lei Feng', { type: 'PERSON', caseSensitive: false })
    expect(found.map((o) => o.exact)).toEqual(['Lei Feng', 'LEI FENG', 'lei feng', 'Lei Feng', 'Lei Feng'])
  })

  it('matches Chinese as plain character sequences, with astral characters', () => {
    const zh = '区委书记胡涛同志来到𠮷祥社区。胡涛指出，胡涛涛不是他。'
    const found = findOccurrences(zh, '胡涛', { type: 'PERSON' })
    expect(found.map((o) => o.start)).toEqual([4, 15, 20])
    expect(findOccurrences(zh, '𠮷祥社区', { type: 'PLACE' })[0]).toMatchObject({ start: 10, end: 14, exact: '𠮷祥社区' })
  })

  it('skips ranges already tagged with the type, but not with other types', () => {
    const ctx = makeCtx()
    const t = 'Lei Feng met Lei Feng. The Lei Feng Memorial opened.'
    let doc = makeDoc(t)
    doc = addAnnotation(doc, { type: 'PERSON', start: 0, end: 8 }, ctx).doc
    doc = addAnnotation(doc, { type: 'PLACE', start: 27, end: 44 }, ctx).doc
    const person = findOccurrences(t, 'Lei Feng', { type: 'PERSON', annotations: doc.annotations })
    expect(person.map((o) => o.start)).toEqual([13, 27])
    const place = findOccurrences(t, 'Lei Feng', { type: 'PLACE', annotations: doc.annotations })
    expect(place.map((o) => o.start)).toEqual([0, 13])
  })

  it('finds nothing for an empty needle', () => {
    expect(findOccurrences('abc', '  ', { type: 'PERSON' })).toEqual([])
  })
})
