import { describe, expect, it } from 'vitest'
import { fold, indexTerms, queryTerms, splitQueryWord } from '@shared/search'

describe('fold', () => {
  it('folds case, diacritics and full-width forms, keeping the length', () => {
    for (const [input, folded] of [
      ['Café Zürich', 'cafe zurich'],
      ['ＨＵ Ｔａｏ１２', 'hu tao12'],
      ['Line\nbreak\ttab', 'line break tab'],
      ['志愿服务 Volunteer', '志愿服务 volunteer']
    ] as const) {
      expect(fold(input)).toBe(folded)
      expect(fold(input).length).toBe(input.length)
    }
  })

  it('keeps characters outside the Basic Multilingual Plane as they are', () => {
    expect(fold('𠀀A')).toBe('𠀀a')
  })
})

describe('indexTerms and queryTerms', () => {
  it('English words whole; Chinese as bigrams (a lone character as itself)', () => {
    expect([...indexTerms(fold('Hu Tao visited 志愿服务 中 site'))].sort()).toEqual(['hu', 'site', 'tao', 'visited', '中', '志愿', '愿服', '服务'].sort())
  })

  it('a Chinese sub-word’s terms are a subset of the word’s: 志愿 finds 志愿服务', () => {
    const text = indexTerms(fold('开展志愿服务活动'))
    for (const term of queryTerms('志愿')) expect(text.has(term)).toBe(true)
    for (const term of queryTerms('志愿服务')) expect(text.has(term)).toBe(true)
  })

  it('a query word with punctuation looks up its parts', () => {
    expect(queryTerms('covid-19')).toEqual(['covid', '19'])
    expect(queryTerms('中')).toEqual([])
  })

  it('a query holds the terms the index holds for the same text, less its lone Chinese characters', () => {
    const text = fold('Hu Tao 中 visited 志愿服务, 区 and café 12')
    expect(queryTerms(text).sort()).toEqual([...indexTerms(text)].filter((term) => term !== '中' && term !== '区').sort())
    expect(indexTerms(text).has('中')).toBe(true)
  })
})

describe('splitQueryWord', () => {
  it('keeps spaced words whole and cuts Chinese runs into words', () => {
    expect(splitQueryWord('covid-19')).toEqual(['covid-19'])
    expect(splitQueryWord('志愿服务').join('|')).toMatch(/^志愿\|服务$/)
    expect(splitQueryWord('iphone手机')).toEqual(['iphone', '手机'])
  })
})
