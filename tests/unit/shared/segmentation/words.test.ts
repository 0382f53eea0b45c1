import { describe, expect, it } from 'vitest'
import { isWholeWord, isWordBoundary, segmentWords } from '@shared/segmentation'

describe('words', () => {
  it('knows English word boundaries', () => {
    const text = "Lei Fengs and Lei Feng's diary"
    expect(isWholeWord(text, 0, 8)).toBe(false)
    const at = text.indexOf("Lei Feng'")
    expect(isWholeWord(text, at, at + 8)).toBe(true)
    expect(isWordBoundary('ab', 1)).toBe(false)
    expect(isWordBoundary('a b', 1)).toBe(true)
    expect(isWordBoundary('café', 3)).toBe(false)
    expect(isWordBoundary('cafe\u0301s', 4)).toBe(false)
  })

  it('treats every position between Chinese characters as a boundary', () => {
    expect(isWholeWord('区委书记胡涛同志', 4, 6)).toBe(true)
    expect(isWordBoundary('胡涛', 1)).toBe(true)
  })

  it('segments English words with code-point offsets', () => {
    const words = segmentWords('😀 Hu Tao, secretary.')
    expect(words.map((w) => w.text)).toEqual(['Hu', 'Tao', 'secretary'])
    expect(words[0]).toMatchObject({ start: 2, end: 4 })
  })

  it('returns Chinese runs as character sequences, not dictionary words', () => {
    const words = segmentWords('区委副书记陈文静出席，Hu Tao也来了', 'zh')
    expect(words.map((w) => w.text)).toEqual(['区委副书记陈文静出席', 'Hu', 'Tao', '也来了'])
    expect(words[1]).toMatchObject({ start: 11, end: 13 })
  })
})
