import { describe, expect, it } from 'vitest'
import {
  asCodePoint,
  asUtf16,
  codePointLength,
  createOffsetMap,
  isBmpOnly,
  sliceCodePoints,
  toCodePointOffset,
  toUtf16Index
} from '@shared/anchoring'

const texts = ['plain ascii', 'Hu Tao 😀 met 👩‍👩‍👧 in 𠮷祥社区', '😀😀x😀', 'e\u0301 combining', '', '胡涛在阜新']

describe('code points vs UTF-16', () => {
  it('counts astral characters as one code point', () => {
    expect(codePointLength('a😀b')).toBe(3)
    expect('a😀b'.length).toBe(4)
    expect(codePointLength('𠮷祥')).toBe(2)
    expect(codePointLength('e\u0301')).toBe(2)
  })

  it('detects BMP-only text for the fast path', () => {
    expect(isBmpOnly('胡涛 Hu Tao')).toBe(true)
    expect(isBmpOnly('𠮷')).toBe(false)
  })

  it('round-trips every offset, both the walking and the mapped converters', () => {
    for (const text of texts) {
      const map = createOffsetMap(text)
      const points = [...text]
      let index = 0
      for (let cp = 0; cp <= points.length; cp++) {
        expect(toUtf16Index(text, asCodePoint(cp))).toBe(index)
        expect(map.toUtf16(asCodePoint(cp))).toBe(index)
        expect(toCodePointOffset(text, asUtf16(index))).toBe(cp)
        expect(map.toCodePoint(asUtf16(index))).toBe(cp)
        index += (points[cp] ?? '').length
      }
    }
  })

  it('rounds an index inside a surrogate pair down to the character start', () => {
    const text = 'a😀b'
    expect(toCodePointOffset(text, asUtf16(2))).toBe(1)
    expect(createOffsetMap(text).toCodePoint(asUtf16(2))).toBe(1)
  })

  it('clamps offsets past the end', () => {
    expect(toUtf16Index('a😀', asCodePoint(10))).toBe(3)
    expect(createOffsetMap('a😀').toUtf16(asCodePoint(10))).toBe(3)
    expect(toCodePointOffset('a😀', asUtf16(99))).toBe(2)
  })

  it('slices by code points', () => {
    expect(sliceCodePoints('😀Hu Tao😀', asCodePoint(1), asCodePoint(7))).toBe('Hu Tao')
    expect(sliceCodePoints('𠮷祥社区', asCodePoint(0), asCodePoint(2))).toBe('𠮷祥')
    expect(sliceCodePoints('abc', asCodePoint(2), asCodePoint(1))).toBe('')
  })
})
