import { describe, expect, it } from 'vitest'
import { countFacets, facetClause, parseQuery, refineQuery, type SearchRecord } from '@shared/search'

const rec = (id: string, over: Partial<SearchRecord>): SearchRecord => ({
  id, title: id, source: '', lang: 'en', date: null, tags: [], texts: [], notes: '', entities: [], types: [], statuses: [], annotations: 0, orphans: false, translated: false, ...over
})

describe('facets', () => {
  it('counts each value over the records, most frequent first, months newest first', () => {
    const facets = countFacets([
      rec('a', { lang: 'zh', source: 'Xinhua', date: '2023-03-01', entities: ['e1', 'e2'], types: ['PERSON'] }),
      rec('b', { lang: 'zh', source: 'Xinhua', date: '2024-01-09', entities: ['e1'], types: ['PERSON', 'ORG'] }),
      rec('c', { lang: 'en', source: '', date: null })
    ])
    expect(facets.lang).toEqual([{ value: 'zh', count: 2 }, { value: 'en', count: 1 }])
    expect(facets.source).toEqual([{ value: 'Xinhua', count: 2 }])
    expect(facets.month).toEqual([{ value: '2024-01', count: 1 }, { value: '2023-03', count: 1 }])
    expect(facets.entity).toEqual([{ value: 'e1', count: 2 }, { value: 'e2', count: 1 }])
    expect(facets.type).toEqual([{ value: 'PERSON', count: 2 }, { value: 'ORG', count: 1 }])
  })

  it('a facet value becomes a clause that parses to that filter, added once', () => {
    const refined = refineQuery('lake', facetClause('entity', 'e1', 'Hu Tao'))
    expect(refined).toBe('lake entity:"Hu Tao"')
    expect(refineQuery(refined, facetClause('entity', 'e1', 'Hu Tao'))).toBe(refined)
    for (const clause of [facetClause('lang', 'zh'), facetClause('source', 'Lanxia "Daily" News'), facetClause('month', '2023-03'), facetClause('type', 'PERSON')]) {
      expect(parseQuery(clause).ok).toBe(true)
    }
    expect(facetClause('month', '2023-03')).toBe('date:2023-03')
  })
})
