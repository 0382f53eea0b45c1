import { describe, expect, it } from 'vitest'
import { diffText, type DiffPart } from '@shared/translation/diff'
import { wordTokens } from '@shared/translation/tokens'

const side = (parts: DiffPart[], drop: DiffPart['kind']): string => parts.filter((p) => p.kind !== drop).map((p) => p.text).join('')

describe('wordTokens', () => {
  it('keeps words and punctuation, drops whitespace', () => {
    expect(wordTokens("It's 1,234.5 yuan, Mr. Wang said.", 'en')).toEqual(["It's", '1,234.5', 'yuan', ',', 'Mr', '.', 'Wang', 'said', '.'])
  })

  it('tokenises Chinese into words with Intl.Segmenter', () => {
    const tokens = wordTokens('他们在公园里散步。', 'zh')
    expect(tokens.join('')).toBe('他们在公园里散步。')
    expect(tokens).toContain('他们')
    expect(tokens).toContain('公园')
    expect(tokens.at(-1)).toBe('。')
  })

  it('answers nothing for blank text', () => {
    expect(wordTokens(' \n ', 'en')).toEqual([])
  })
})

describe('diffText', () => {
  it('diffs English word by word', () => {
    const parts = diffText('The cat sat on the mat.', 'The dog sat on a mat.', 'en')
    expect(parts).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: 'cat' },
      { kind: 'added', text: 'dog' },
      { kind: 'same', text: ' sat on ' },
      { kind: 'removed', text: 'the' },
      { kind: 'added', text: 'a' },
      { kind: 'same', text: ' mat.' }
    ])
  })

  it('diffs Chinese by Intl.Segmenter words, not whole sentences', () => {
    const parts = diffText('他们在公园里散步。', '他们在花园里散步。', 'zh')
    expect(parts).toEqual([
      { kind: 'same', text: '他们在' },
      { kind: 'removed', text: '公园' },
      { kind: 'added', text: '花园' },
      { kind: 'same', text: '里散步。' }
    ])
  })

  it('gives both texts back exactly, whitespace included', () => {
    const before = 'The  film was entertaining and entertaining.\nIt ended.'
    const after = 'The film was entertaining.\n\nIt ended late.'
    const parts = diffText(before, after, 'en')
    expect(side(parts, 'added')).toBe(before)
    expect(side(parts, 'removed')).toBe(after)
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.kind).not.toBe(parts[i - 1]!.kind)
  })

  it('handles identical and empty texts', () => {
    expect(diffText('Same text.', 'Same text.', 'en')).toEqual([{ kind: 'same', text: 'Same text.' }])
    expect(diffText('', 'New.', 'en')).toEqual([{ kind: 'added', text: 'New.' }])
    expect(diffText('Old.', '', 'en')).toEqual([{ kind: 'removed', text: 'Old.' }])
    expect(diffText('', '', 'en')).toEqual([])
  })
})
