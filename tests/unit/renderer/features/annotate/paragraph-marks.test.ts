import { describe, expect, it } from 'vitest'
import { asCodePoint, buildSelectors, createOffsetMap } from '@shared/anchoring'
import type { Annotation } from '@shared/model'
import { paragraphRanges } from '../../../../../src/renderer/src/features/annotate/text/layout'
import { createMarksKeeper, createSpanKeeper, paragraphAt } from '../../../../../src/renderer/src/features/annotate/text/paragraph-marks'

const TEXT = 'Hu Tao 😀 met the Youth League Committee.\n\nLei Feng volunteers gathered.\n\nA third paragraph.'
const map = createOffsetMap(TEXT)
const paragraphs = paragraphRanges(TEXT)

/** An annotation of `exact` (its first occurrence), by code points as stored. */
function tag(id: string, exact: string, type: string, source = 'v1'): Annotation {
  const at = TEXT.indexOf(exact)
  const start = map.toCodePoint(at as never)
  const { position, quote } = buildSelectors(TEXT, start, asCodePoint(start + [...exact].length))
  const now = '2024-01-01T00:00:00.000Z'
  return { id, type, target: { source, position, quote }, entity: null, note: '', attributes: {}, orphan: false, createdAt: now, createdBy: 't', modifiedAt: now }
}

describe('paragraph marks', () => {
  it('finds the paragraph of an index', () => {
    expect(paragraphs).toHaveLength(3)
    expect(paragraphAt(paragraphs, 0)).toBe(0)
    expect(paragraphAt(paragraphs, TEXT.indexOf('Lei'))).toBe(1)
    expect(paragraphAt(paragraphs, TEXT.length)).toBe(2)
  })

  it('places spans per paragraph in UTF-16 indices, with nested levels, skipping orphans and other versions', () => {
    const marksOf = createMarksKeeper(paragraphs, 'v1', map)
    const outer = tag('a', 'Youth League Committee', 'ORG')
    const inner = tag('b', 'League', 'MISC')
    const marks = marksOf([outer, tag('c', 'Lei Feng', 'PERSON'), inner, { ...tag('d', 'third', 'MISC'), orphan: true }, tag('e', 'Hu Tao', 'PERSON', 'v2')], new Set())
    expect(marks.map((list) => list.map((s) => s.id))).toEqual([['a', 'b'], ['c'], []])
    const [a, b] = marks[0]!
    // After the emoji, UTF-16 indices run one ahead of code points.
    expect(a!.start).toBe(TEXT.indexOf('Youth'))
    expect(b!.level).toBe(0)
    expect(a!.level).toBe(1)
  })

  it('keeps the lists of paragraphs an edit did not touch, and filters hidden types', () => {
    const marksOf = createMarksKeeper(paragraphs, 'v1', map)
    const hu = tag('a', 'Hu Tao', 'PERSON')
    const lei = tag('c', 'Lei Feng', 'PERSON')
    const first = marksOf([hu, lei], new Set())
    const added = marksOf([hu, lei, tag('n', 'third', 'MISC')], new Set())
    expect(added[0]).toBe(first[0])
    expect(added[1]).toBe(first[1])
    expect(added[2]!.map((s) => s.id)).toEqual(['n'])
    // A changed annotation (a new object) places its paragraph again.
    const retyped = marksOf([{ ...hu, type: 'TITLE' }, lei, tag('n', 'third', 'MISC')], new Set())
    expect(retyped[0]).not.toBe(added[0])
    expect(retyped[0]![0]!.type).toBe('TITLE')
    const hidden = new Set(['MISC'])
    const filtered = marksOf([{ ...hu, type: 'TITLE' }, lei, tag('n', 'third', 'MISC')], hidden)
    expect(filtered[2]).toEqual([])
    expect(marksOf([{ ...hu, type: 'TITLE' }, lei, tag('n', 'third', 'MISC')], hidden)[1]).toBe(filtered[1])
  })

  it('keeps the suggestion lists of paragraphs whose spans are the same', () => {
    const spansOf = createSpanKeeper(paragraphs)
    const at = (needle: string, id: string) => ({ id, type: 'PERSON', start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length, level: 0 })
    const first = spansOf([at('Hu Tao', 's1'), at('Lei Feng', 's2')])
    // Re-made objects with the same spans (a fetch or a drop elsewhere) keep the lists.
    const again = spansOf([at('Hu Tao', 's1'), at('Lei Feng', 's2')])
    expect(again[0]).toBe(first[0])
    expect(again[1]).toBe(first[1])
    const dropped = spansOf([at('Lei Feng', 's2')])
    expect(dropped[0]).toEqual([])
    expect(dropped[1]).toBe(first[1])
  })
})
