import { describe, expect, it } from 'vitest'
import { FuzzyIndex, memoryTokens, similarity, sourceDiff, type MemoryUnit } from '@shared/translation/memory'

let next = 0
const unit = (source: string, target: string, over: Partial<MemoryUnit> = {}): MemoryUnit => ({
  id: `a/${++next}`,
  source,
  target,
  sourceLang: 'en',
  targetLang: 'zh-CN',
  articleId: 'a',
  rowId: String(next),
  status: 'translated',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over
})

const score = (a: string, b: string, lang = 'en') => similarity(memoryTokens(a, lang), memoryTokens(b, lang))

describe('memoryTokens', () => {
  it('case-folds English words and keeps numbers whole', () => {
    expect(memoryTokens('The Festival drew 3,000 visitors.', 'en')).toEqual(['the', 'festival', 'drew', '3,000', 'visitors', '.'])
  })

  it('splits Chinese into characters', () => {
    expect(memoryTokens('市政府宣布', 'zh')).toEqual(['市', '政', '府', '宣', '布'])
  })
})

describe('similarity', () => {
  it('is 1 for identical segments, whatever the case', () => {
    expect(score('The new library opens on Monday', 'the new Library opens on monday')).toBe(1)
  })

  it('loses a tenth for one word changed in ten', () => {
    expect(score('the city opened a new public library near the river', 'the city opened a new public library near the park')).toBe(0.9)
  })

  it('loses a tenth for one Chinese character changed in ten', () => {
    expect(score('市政府今天宣布新政策', '市政府昨天宣布新政策', 'zh')).toBe(0.9)
  })

  it('counts a different number as one changed token', () => {
    // the festival drew 3,000|5,000 visitors on saturday: 7 tokens, 1 substitution.
    expect(score('The festival drew 3,000 visitors on Saturday', 'The festival drew 5,000 visitors on Saturday')).toBe(1 - 1 / 7)
  })

  it('counts an inserted word against the longer segment', () => {
    // 4 tokens against 5: one insertion.
    expect(score('volunteers cleaned the park', 'volunteers cleaned the city park')).toBe(0.8)
  })
})

describe('FuzzyIndex.match', () => {
  it('finds matches at or above 70 %, best first, with the differences of the source', () => {
    const index = new FuzzyIndex()
    const exact = unit('the city opened a new public library near the river', '市里在河边新开了一座公共图书馆')
    const close = unit('the city opened a new public library near the park', '市里在公园旁新开了一座公共图书馆')
    // Four words of ten changed: 60 %, below the threshold.
    const far = unit('the town closed an old public library near the park', '镇上关闭了公园旁的一座旧图书馆')
    for (const u of [far, close, exact]) index.put(u)
    const matches = index.match({ text: 'The city opened a new public library near the river', sourceLang: 'en' })
    expect(matches.map((m) => [m.unit.id, m.score])).toEqual([
      [exact.id, 1],
      [close.id, 0.9]
    ])
    const diff = matches[1]!.diff
    expect(diff.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['park'])
    expect(diff.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['river'])
  })

  it('leaves out the segment itself, other languages and duplicate pairs', () => {
    const index = new FuzzyIndex()
    const self = unit('Volunteers cleaned the park on Sunday', '志愿者周日清扫了公园')
    const copy1 = unit('Volunteers cleaned the park on Saturday', '志愿者周六清扫了公园', { updatedAt: '2026-02-01T00:00:00.000Z' })
    const copy2 = unit('Volunteers cleaned the park on Saturday', '志愿者周六清扫了公园')
    const french = unit('Volunteers cleaned the park on Saturday', 'Des bénévoles ont nettoyé le parc', { targetLang: 'fr' })
    for (const u of [self, copy1, copy2, french]) index.put(u)
    const matches = index.match({ text: self.source, sourceLang: 'en', targetLang: 'zh', exclude: (u) => u.id === self.id })
    expect(matches.map((m) => m.unit.id)).toEqual([copy1.id])
  })

  it('forgets removed and replaced units', () => {
    const index = new FuzzyIndex()
    const u = unit('The museum reopened after repairs', '博物馆修缮后重新开放')
    index.put(u)
    index.put({ ...u, target: '博物馆维修后重新开放' })
    expect(index.size).toBe(1)
    expect(index.match({ text: u.source, sourceLang: 'en' })[0]?.unit.target).toBe('博物馆维修后重新开放')
    index.remove(u.id)
    expect(index.match({ text: u.source, sourceLang: 'en' })).toEqual([])
  })

  it('finds exactly what a linear scan with the same scorer finds', () => {
    const words = 'city park river library school market bridge road museum festival volunteers opened closed new old the a near on'.split(' ')
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const sentence = () => Array.from({ length: 4 + Math.floor(random() * 8) }, () => words[Math.floor(random() * words.length)]).join(' ')
    const index = new FuzzyIndex()
    const units = Array.from({ length: 600 }, () => unit(sentence(), '译文'))
    for (const u of units) index.put(u)
    const unitTokens = units.map((u) => memoryTokens(u.source, 'en'))
    for (let q = 0; q < 60; q++) {
      const text = q % 2 === 0 ? units[q * 7]!.source.replace(/\b(park|river)\b/, 'bridge') : sentence()
      const tokens = memoryTokens(text, 'en')
      // Same target everywhere: one match per distinct source.
      const distinctPairs = new Set(units.filter((_, i) => similarity(tokens, unitTokens[i]!) >= 0.7).map((u) => u.source)).size
      if (q % 2 === 0) expect(distinctPairs).toBeGreaterThan(0)
      expect(index.match({ text, sourceLang: 'en', limit: 1000 }).length).toBe(distinctPairs)
    }
  })
})

describe('FuzzyIndex.concordance', () => {
  it('finds a Chinese word inside a longer one, with the hit in code points', () => {
    const index = new FuzzyIndex()
    const zh = unit('社区举办志愿服务活动', 'The community held a volunteer service event', { sourceLang: 'zh-CN', targetLang: 'en' })
    index.put(zh)
    index.put(unit('市场周一开门', 'The market opens on Monday', { sourceLang: 'zh-CN', targetLang: 'en' }))
    expect(index.concordance('志愿', 'source')).toEqual([{ unit: zh, side: 'source', ranges: [{ start: 4, end: 6 }] }])
  })

  it('searches the target side case-folded, every occurrence', () => {
    const index = new FuzzyIndex()
    const u = unit('志愿者和志愿服务', 'Volunteers and volunteer work', { sourceLang: 'zh', targetLang: 'en' })
    index.put(u)
    expect(index.concordance('VOLUNTEER', 'target')[0]?.ranges).toEqual([
      { start: 0, end: 9 },
      { start: 15, end: 24 }
    ])
    expect(index.concordance('volunteer', 'source')).toEqual([])
  })

  it('counts code points past characters outside the BMP', () => {
    const index = new FuzzyIndex()
    index.put(unit('𠮷野家的志愿者', 'x', { sourceLang: 'zh', targetLang: 'en' }))
    expect(index.concordance('志愿', 'source')[0]?.ranges).toEqual([{ start: 4, end: 6 }])
  })
})

describe('sourceDiff', () => {
  it('ignores case as the scorer does and gives the match source back', () => {
    const parts = sourceDiff('The park opens on Monday', 'the PARK opens on Tuesday', 'en')
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('The park opens on Monday')
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['removed', 'Monday'],
      ['added', 'Tuesday']
    ])
  })

  it('marks the one Chinese character that differs', () => {
    const parts = sourceDiff('市政府今天宣布新政策', '市政府昨天宣布新政策', 'zh')
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['removed', '今'],
      ['added', '昨']
    ])
  })
})
