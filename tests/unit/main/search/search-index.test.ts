import { describe, expect, it } from 'vitest'
import { parseQuery, type SearchRecord } from '@shared/search'
import { EntityNameTable } from '../../../../src/main/services/search/entity-names'
import { SearchIndex } from '../../../../src/main/services/search/search-index'

const record = (id: string, text: string, over: Partial<SearchRecord> = {}): SearchRecord => ({
  id, title: `Article ${id}`, source: 'Daily', lang: 'en', date: '2023-05-01', texts: [{ versionId: 'original', lang: 'en', role: 'original', text }], tags: [],
  notes: '', entities: [], types: [], statuses: [], annotations: 0, orphans: false, translated: false, ...over
})

const ids = (index: SearchIndex, query: string) => {
  const parsed = parseQuery(query)
  if (!parsed.ok) throw new Error(parsed.error.code)
  return index.query(parsed.query, { limit: 100, facets: false }).hits.map((hit) => hit.id).sort()
}

describe('SearchIndex', () => {
  it('replaces an article’s terms when it changes and forgets removed ones', () => {
    const index = new SearchIndex()
    index.put(record('a', 'The lake was cleaned'))
    index.put(record('b', 'The river was cleaned'))
    expect(ids(index, 'cleaned')).toEqual(['a', 'b'])
    index.put(record('a', 'The park was planted'))
    expect(ids(index, 'lake')).toEqual([])
    expect(ids(index, 'park')).toEqual(['a'])
    index.remove('b')
    expect(ids(index, 'cleaned')).toEqual([])
    expect(index.size).toBe(1)
  })

  it('ranks title matches first and counts facets over every match', () => {
    const index = new SearchIndex()
    index.setEntities(new EntityNameTable([{ id: 'e1', name: 'Hu Tao', names: { zh: '胡涛' }, aliases: [] }]))
    index.put(record('a', 'A lake. '.repeat(5), { entities: ['e1'], types: ['PERSON'] }))
    index.put(record('b', 'Nothing here about it', { title: 'Lake report', lang: 'zh', date: '2024-01-02' }))
    const parsed = parseQuery('lake')
    if (!parsed.ok) throw new Error()
    const results = index.query(parsed.query, { limit: 10, facets: true })
    expect(results.hits.map((hit) => hit.id)).toEqual(['b', 'a'])
    expect(results.facets?.entity).toEqual([{ value: 'e1', label: 'Hu Tao', count: 1 }])
    expect(results.facets?.month).toEqual([{ value: '2024-01', label: '2024-01', count: 1 }, { value: '2023-05', label: '2023-05', count: 1 }])
    expect(ids(index, '胡涛')).toEqual(['a'])
  })

  it('exports and imports without renumbering, and compaction keeps every answer', async () => {
    const index = new SearchIndex()
    for (let i = 0; i < 20; i++) index.put(record(`a${i}`, `text number ${i} of the lake`))
    for (let i = 0; i < 5; i++) index.put(record(`a${i}`, `changed ${i} into a river`))
    const copy = new SearchIndex()
    copy.importIndex(await index.exportIndex(), index.records())
    expect(ids(copy, 'lake')).toEqual(ids(index, 'lake'))
    copy.put(record('new', 'a lake appears'))
    expect(ids(copy, 'lake')).toContain('new')
    expect(ids(copy, 'river')).toHaveLength(5)
    copy.compact()
    expect(ids(copy, 'lake')).toHaveLength(16)
    expect(ids(copy, 'river')).toHaveLength(5)
  })

  it('follows an annotation without re-reading the text: new entity names and notes are found, dropped ones no longer', async () => {
    const index = new SearchIndex()
    index.setEntities(new EntityNameTable([{ id: 'e1', name: 'Hu Tao', names: { zh: '胡涛' }, aliases: [] }, { id: 'e2', name: 'Li Wei', names: {}, aliases: [] }]))
    index.put(record('a', 'The lake was cleaned'))
    index.put(record('b', 'The river was cleaned'))
    index.put(record('a', 'The lake was cleaned', { entities: ['e1'], types: ['PERSON'], annotations: 1, notes: 'volunteers counted' }))
    expect(ids(index, 'tao')).toEqual(['a'])
    expect(ids(index, '胡涛')).toEqual(['a'])
    expect(ids(index, 'volunteers')).toEqual(['a'])
    expect(ids(index, 'lake type:PERSON')).toEqual(['a'])
    index.put(record('a', 'The lake was cleaned', { entities: ['e2'], types: ['PERSON'], annotations: 1, notes: '' }))
    expect(ids(index, 'tao')).toEqual([])
    expect(ids(index, 'volunteers')).toEqual([])
    expect(ids(index, 'wei')).toEqual(['a'])
    expect(ids(index, 'cleaned')).toEqual(['a', 'b'])
    // Stored and loaded again, the article is still checked against the terms it lost.
    const copy = new SearchIndex()
    copy.setEntities(new EntityNameTable([{ id: 'e2', name: 'Li Wei', names: {}, aliases: [] }]))
    copy.importIndex(await index.exportIndex(), index.records())
    expect(ids(copy, 'volunteers')).toEqual([])
    expect(ids(copy, 'wei')).toEqual(['a'])
    copy.compact()
    expect(ids(copy, 'volunteers')).toEqual([])
    expect(ids(copy, 'lake')).toEqual(['a'])
  })

  it('counts an article once in the facets after its annotations change', () => {
    const index = new SearchIndex()
    index.put(record('a', 'The lake', { types: ['PLACE'] }))
    index.put(record('a', 'The lake', { types: ['PERSON'] }))
    const parsed = parseQuery('lake')
    if (!parsed.ok) throw new Error()
    const results = index.query(parsed.query, { limit: 10, facets: true })
    expect(results.total).toBe(1)
    expect(results.facets?.type).toEqual([{ value: 'PERSON', label: 'PERSON', count: 1 }])
  })

  it('asked again after an article changed, a phrase and the ranking follow the change', () => {
    const index = new SearchIndex()
    index.put(record('a', 'the water supply is back'))
    index.put(record('b', 'water supply restored', { title: 'Water supply' }))
    const ranked = (query: string) => {
      const parsed = parseQuery(query)
      if (!parsed.ok) throw new Error()
      return index.query(parsed.query, { limit: 10, facets: false }).hits.map((hit) => hit.id)
    }
    expect(ranked('"water supply"')).toEqual(['b', 'a'])
    index.put(record('a', 'the water and supply are back', { title: 'Supply news' }))
    expect(ranked('"water supply"')).toEqual(['b'])
    index.put(record('a', 'the water supply is back', { title: 'Water supply news' }))
    index.put(record('b', 'water supply restored'))
    expect(ranked('"water supply"')).toEqual(['a', 'b'])
  })
})
