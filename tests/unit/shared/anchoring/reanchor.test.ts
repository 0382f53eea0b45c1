import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/model'
import { asCodePoint, buildSelectors, codePointLength, reanchor, reanchorAll, sliceCodePoints } from '@shared/anchoring'

const T = '2024-01-01T00:00:00.000Z'

/** An annotation of the n-th occurrence of `exact` in `text` (code points). */
function annotate(text: string, exact: string, occurrence = 0): Annotation {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1)
  if (at < 0) throw new Error('fixture: quote not found')
  const start = codePointLength(text.slice(0, at))
  const { position, quote } = buildSelectors(text, asCodePoint(start), asCodePoint(start + codePointLength(exact)))
  return {
    id: 'a1', type: 'PERSON', target: { source: 'v1', position, quote }, entity: null, note: '',
    attributes: {}, orphan: false, createdAt: T, createdBy: 'test', modifiedAt: T
  }
}

const covered = (a: Annotation, text: string): string =>
  sliceCodePoints(text, asCodePoint(a.target.position.start), asCodePoint(a.target.position.end))

const EN = 'On May 8, Hu Tao, secretary of the district committee, visited the Lei Feng memorial in Fuxin.'

describe('reanchor', () => {
  it('keeps an annotation whose text did not change', () => {
    const a = annotate(EN, 'Hu Tao')
    const r = reanchor(a, EN)
    expect(r.method).toBe('position')
    expect(r.annotation).toBe(a)
  })

  it('follows an edit before the span and refreshes the context', () => {
    const a = annotate(EN, 'Hu Tao')
    const text = 'BREAKING: ' + EN
    const r = reanchor(a, text)
    expect(r.method).toBe('quote')
    expect(r.annotation.target.position).toMatchObject({ start: a.target.position.start + 10, end: a.target.position.end + 10 })
    expect(r.annotation.target.quote.prefix.endsWith('On May 8, ')).toBe(true)
    expect(r.annotation.target.quote.prefix).not.toBe(a.target.quote.prefix)
  })

  it('is unaffected by an edit after the span (other than the suffix)', () => {
    const a = annotate(EN, 'Hu Tao')
    const text = EN.replace('Fuxin', 'Fuxin City, Liaoning')
    const r = reanchor(a, text)
    expect(r.annotation.target.position).toEqual(a.target.position)
    expect(r.annotation.orphan).toBe(false)
  })

  it('follows an edit inside the span with the fuzzy match', () => {
    const a = annotate(EN, 'secretary of the district committee')
    const text = EN.replace('district committee', 'District Committee')
    const r = reanchor(a, text)
    expect(r.method).toBe('fuzzy')
    expect(covered(r.annotation, text)).toBe('secretary of the District Committee')
    expect(r.annotation.target.quote.exact).toBe('secretary of the District Committee')
  })

  it('marks a deleted span as an orphan and keeps its selectors', () => {
    const a = annotate(EN, 'Hu Tao')
    const text = EN.replace('Hu Tao, ', '')
    const r = reanchor(a, text)
    expect(r.method).toBe('orphan')
    expect(r.annotation.orphan).toBe(true)
    expect(r.annotation.target).toEqual(a.target)
    expect(r.annotation.id).toBe(a.id)
  })

  it('un-orphans an annotation whose text came back', () => {
    const a = { ...annotate(EN, 'Hu Tao'), orphan: true }
    expect(reanchor(a, EN).annotation.orphan).toBe(false)
  })

  it('counts emoji and other astral characters as one code point', () => {
    const text = 'Crowds 😀😀 cheered 𠮷 as Hu Tao arrived 👍.'
    const a = annotate(text, 'Hu Tao')
    expect(a.target.position.start).toBe(text.indexOf('Hu Tao') - 3)
    const edited = '🎉🎉🎉 ' + text
    const r = reanchor(a, edited)
    expect(r.annotation.target.position.start).toBe(a.target.position.start + 4)
    expect(covered(r.annotation, edited)).toBe('Hu Tao')
  })

  it('re-anchors in Chinese text with an astral character', () => {
    const text = '7月15日上午，丰源市东湖区𠮷祥社区暑期托管班开班。区委副书记陈文静出席。'
    const a = annotate(text, '陈文静')
    const edited = text.replace('暑期托管班', '“小桔灯”暑期托管班')
    const r = reanchor(a, edited)
    expect(covered(r.annotation, edited)).toBe('陈文静')
    expect(r.annotation.target.position.start).toBe(a.target.position.start + 5)
  })

  it('handles combining marks as separate code points', () => {
    const text = 'Cafe\u0301 owner Zoe\u0308 Li spoke.'
    const a = annotate(text, 'Zoe\u0308 Li')
    expect(a.target.position.end - a.target.position.start).toBe(7)
    const edited = 'The cafe\u0301: ' + text
    const r = reanchor(a, edited)
    expect(covered(r.annotation, edited)).toBe('Zoe\u0308 Li')
  })

  it('survives CRLF line endings becoming LF', () => {
    const text = 'Title\r\n\r\nFirst line.\r\nHu Tao spoke.\r\n'
    const a = annotate(text, 'Hu Tao')
    const edited = text.replaceAll('\r\n', '\n')
    const r = reanchor(a, edited)
    expect(r.annotation.orphan).toBe(false)
    expect(covered(r.annotation, edited)).toBe('Hu Tao')
    expect(r.annotation.target.position.start).toBe(a.target.position.start - 3)
  })

  it('picks the right one of repeated quotes by context', () => {
    const text = 'Lei Feng was a soldier. Decades later, pupils in Fuxin still read about Lei Feng every March.'
    const a = annotate(text, 'Lei Feng', 1)
    // The insertion moves the second occurrence; the first stays where it was.
    const edited = text.replace('Decades later', 'Many, many decades later')
    const r = reanchor(a, edited)
    expect(r.method).toBe('quote')
    expect(r.annotation.target.position.start).toBe(edited.lastIndexOf('Lei Feng'))
  })

  it('picks the occurrence nearest the hint when contexts are equal', () => {
    const unit = 'Lei Feng. '
    const text = unit.repeat(6)
    const a = annotate(text, 'Lei Feng', 3)
    const r = reanchor(a, 'x' + text)
    expect(r.annotation.target.position.start).toBe(a.target.position.start + 1)
  })

  it('does not jump to a look-alike elsewhere when the span is gone', () => {
    const text = 'Hu Tao spoke first. Then the crowd left the square quietly.'
    const a = annotate(text, 'Hu Tao')
    // "Hu Tai" is one edit from the quote, but nothing around it matches.
    const edited = 'Then the crowd left the square quietly. Hu Tai was absent.'
    expect(reanchor(a, edited).annotation.orphan).toBe(true)
  })

  it('re-anchors a batch, never dropping any', () => {
    const anns = [annotate(EN, 'Hu Tao'), { ...annotate(EN, 'Fuxin'), id: 'a2' }]
    const edited = EN.replace('Fuxin', 'Liaoning')
    const results = reanchorAll(anns, edited)
    expect(results.map((r) => r.method)).toEqual(['position', 'orphan'])
    expect(results.map((r) => r.annotation.id)).toEqual(['a1', 'a2'])
  })
})
