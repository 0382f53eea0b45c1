import { describe, expect, it } from 'vitest'
import { asCodePoint } from '@shared/anchoring'
import { segmentSentences, sentenceAround } from '@shared/segmentation'

describe('sentences', () => {
  it('splits English sentences with code-point offsets and no trailing spaces', () => {
    const text = 'Hu Tao spoke. 😀 The crowd cheered! Was it over?'
    const s = segmentSentences(text)
    expect(s.map((x) => x.text)).toEqual(['Hu Tao spoke.', '😀 The crowd cheered!', 'Was it over?'])
    expect(s[1]).toMatchObject({ start: 14, end: 34 })
    expect(s[2]!.start).toBe(35)
  })

  it('splits Chinese sentences at 。！？', () => {
    const text = '𠮷祥社区托管班开班。陈文静出席！孩子们开心吗？'
    const s = segmentSentences(text, 'zh')
    expect(s.map((x) => x.text)).toEqual(['𠮷祥社区托管班开班。', '陈文静出席！', '孩子们开心吗？'])
    expect(s[1]).toMatchObject({ start: 10, end: 16 })
  })

  it('treats a paragraph break as a sentence end', () => {
    const s = segmentSentences('A headline without a stop\n\nThe body starts here.')
    expect(s.map((x) => x.text)).toEqual(['A headline without a stop', 'The body starts here.'])
  })

  it('finds the sentence around a span', () => {
    const text = 'First one. Hu Tao spoke here. Last one.'
    expect(sentenceAround(text, asCodePoint(11), asCodePoint(17))?.text).toBe('Hu Tao spoke here.')
    expect(sentenceAround(text, asCodePoint(5), asCodePoint(20))?.text).toBe('First one. Hu Tao spoke here.')
    expect(sentenceAround(text, asCodePoint(500))).toBeNull()
  })
})
