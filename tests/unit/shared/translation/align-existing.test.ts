import { describe, expect, it } from 'vitest'
import { ArticleDoc } from '@shared/model'
import { alignExistingTranslations } from '@shared/translation/align-existing'
import { findTranslation } from '@shared/translation/commands'
import { makeDoc } from '../annotation/fixtures'

const ZH = '李明访问了河西村。他会见了村民。'
const EN = 'Li Ming visited Hexi Village. He met the villagers.'

function unaligned(origin: 'machine' | 'human'): ArticleDoc {
  const base = makeDoc(ZH)
  return {
    ...base,
    versions: [{ id: 'v1', lang: 'zh', role: 'original', origin: 'human', text: ZH }, { id: 'v2', lang: 'en', role: 'translation', origin, text: EN }]
  }
}

describe('alignExistingTranslations', () => {
  it('aligns a machine translation that has none, so the workbench can open it', () => {
    let n = 0
    const doc = alignExistingTranslations(unaligned('machine'), () => `r${++n}`)
    expect(ArticleDoc.parse(doc)).toEqual(doc)
    const { alignment } = findTranslation(doc, 'en')
    expect(alignment.source).toBe('v1')
    expect(alignment.rows.map((r) => [r.status, r.mt])).toEqual([
      ['initial', 'Li Ming visited Hexi Village.'],
      ['initial', 'He met the villagers.']
    ])
  })

  it('counts a human translation as translated, with no MT', () => {
    const doc = alignExistingTranslations(unaligned('human'), () => 'r')
    expect(findTranslation(doc, 'en').alignment.rows.every((r) => r.status === 'translated' && r.mt === '')).toBe(true)
  })

  it('leaves aligned translations and articles without translations alone', () => {
    const once = alignExistingTranslations(unaligned('machine'), () => 'r')
    expect(alignExistingTranslations(once, () => 'x')).toBe(once)
    const plain = makeDoc()
    expect(alignExistingTranslations(plain, () => 'x')).toBe(plain)
  })

})
