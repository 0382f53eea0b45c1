import { describe, expect, it } from 'vitest'
import { termInsertion, usesSpaces } from '@shared/translation/term-insertion'

describe('termInsertion', () => {
  it('puts a space between an English word and the term typed right after it', () => {
    expect(termInsertion('Town mayor', 10, 'Zhou Mingyuan', 'en')).toBe(' Zhou Mingyuan')
    expect(termInsertion('Route 9', 7, 'Liutang Town', 'en-GB')).toBe(' Liutang Town')
  })

  it('adds none after a space, punctuation, an opening quote or at the start of the field', () => {
    expect(termInsertion('Town mayor ', 11, 'Zhou Mingyuan', 'en')).toBe('Zhou Mingyuan')
    expect(termInsertion('Awards (', 8, 'Zhou Mingyuan', 'en')).toBe('Zhou Mingyuan')
    expect(termInsertion('“', 1, 'Zhou Mingyuan', 'en')).toBe('Zhou Mingyuan')
    expect(termInsertion('', 0, 'Zhou Mingyuan', 'en')).toBe('Zhou Mingyuan')
  })

  it('looks at the character before the caret, not the end of the text', () => {
    expect(termInsertion('mayor presented', 5, 'Zhou Mingyuan', 'en')).toBe(' Zhou Mingyuan')
    expect(termInsertion('mayor presented', 6, 'Zhou Mingyuan', 'en')).toBe('Zhou Mingyuan')
  })

  it('adds no space in Chinese or Japanese, whatever comes before', () => {
    expect(termInsertion('镇长', 2, '周明远', 'zh-CN')).toBe('周明远')
    expect(termInsertion('GDP', 3, '增长', 'zh')).toBe('增长')
    expect(termInsertion('市長', 2, '周明遠', 'ja')).toBe('周明遠')
  })

  it('counts a letter outside the BMP as a letter', () => {
    expect(termInsertion('𝐀', 2, 'Zhou', 'en')).toBe(' Zhou')
  })
})

describe('usesSpaces', () => {
  it('tells spaced languages from unspaced ones by their primary subtag', () => {
    expect(usesSpaces('en')).toBe(true)
    expect(usesSpaces('fr-CA')).toBe(true)
    expect(usesSpaces('zh-Hant')).toBe(false)
    expect(usesSpaces('th')).toBe(false)
    expect(usesSpaces('my')).toBe(false)
  })
})
