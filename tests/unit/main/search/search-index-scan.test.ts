import { describe, expect, it } from 'vitest'
import { countFacets, findText, hasPositiveText, matchesQuery, parseQuery, prepareRecord, type SearchQuery, type SearchRecord } from '@shared/search'
import { EntityNameTable } from '../../../../src/main/services/search/entity-names'
import { newerFirst } from '../../../../src/main/services/search/record-terms'
import { SearchIndex } from '../../../../src/main/services/search/search-index'

let seed = 5
const random = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

const WORDS = 'lake river water supply park road school market 志愿 服务 生态 环境'.split(' ')
const LANGS = ['en', 'zh', 'zh-CN', 'ZH-tw', 'fr']
// Full days, a day with a time, a month alone (checked by the general matcher), none.
const DATES = ['2021-03-05', '2023-12-31T08:00:00Z', '2020-01-01', '2022-07', '2019-11-30', null]
const table = new EntityNameTable([
  { id: 'e1', name: 'Hu Tao', names: { zh: '胡涛' }, aliases: [] },
  { id: 'e2', name: 'Yulong Lake', names: {}, aliases: ['Yulong'] }
])

function randomRecord(id: string): SearchRecord {
  const text = Array.from({ length: 4 + Math.floor(random() * 12) }, () => pick(WORDS)).join(random() < 0.5 ? ' ' : '  ')
  return {
    id, title: `${pick(WORDS)} ${pick(['report', 'hu tao', '胡涛说'])}`, source: pick(['Daily', 'Evening News']), lang: pick(LANGS), date: pick(DATES),
    texts: [{ versionId: 'original', lang: 'en', role: 'original', text }], tags: [], notes: random() < 0.3 ? pick(WORDS) : '',
    entities: random() < 0.5 ? [pick(['e1', 'e2'])] : [], types: random() < 0.5 ? [pick(['PERSON', 'PLACE'])] : [],
    statuses: random() < 0.2 ? ['final'] : [], annotations: Math.floor(random() * 3), orphans: random() < 0.1, translated: random() < 0.3
  }
}

const QUERIES = [
  'water', 'water supply', '"water supply"', '志愿服务', '"生态环境"', 'lake lang:zh', '志愿 lang:zh date:2021-03..2023',
  'date:2022', 'date:..2021-03-05 -lang:en', 'entity:"hu tao" type:PERSON', '-entity:yulong river', 'type:place -water',
  'market has:annotations', 'status:final', 'title:lake', 'source:daily -date:2020..2021'
]
const parsed = (text: string): SearchQuery => {
  const result = parseQuery(text)
  if (!result.ok) throw new Error(`${text}: ${result.error.code}`)
  return result.query
}
const ctx = { entityIds: (value: string) => table.idsNamed(value) }

/** Every query answers what a plain scan of the records answers: the same articles and facet counts. */
function expectScanAnswers(index: SearchIndex, records: Map<string, SearchRecord>): void {
  const prepared = [...records.values()].map((record) => prepareRecord(record, record.entities.flatMap((id) => table.namesOf(id))))
  for (const text of QUERIES) {
    const query = parsed(text)
    const found = prepared.filter((p) => matchesQuery(p, query, ctx)).map((p) => p.record)
    const results = index.query(query, { limit: 10_000, facets: true, ids: true })
    expect(results.total, text).toBe(found.length)
    expect([...(results.ids ?? [])].sort(), text).toEqual(found.map((record) => record.id).sort())
    if (!hasPositiveText(query)) {
      // Without words: newest first, ties in the order the articles were first indexed.
      const newest = [...found].sort((a, b) => newerFirst(a.date, b.date)).map((record) => record.id)
      expect(results.hits.map((hit) => hit.id), text).toEqual(newest)
    }
    const facets = countFacets(found)
    expect(results.facets?.lang.map(({ value, count }) => ({ value, count })), text).toEqual(facets.lang)
    expect(results.facets?.type.map(({ value, count }) => ({ value, count })), text).toEqual(facets.type)
    expect(results.facets?.entity.map(({ value, count }) => ({ value, count })), text).toEqual(facets.entity)
  }
}

/** A hit of a word no entity is named by earns the title bonus (a score above 1) exactly when its title holds the word. */
function expectTitleBonus(index: SearchIndex, records: Map<string, SearchRecord>): void {
  for (const word of ['water', 'market', '志愿', 'report']) {
    const { hits } = index.query(parsed(word), { limit: 10_000, facets: false })
    expect(hits.length, word).toBeGreaterThan(0)
    for (const hit of hits) {
      const title = prepareRecord(records.get(hit.id) as SearchRecord, []).title
      expect(hit.score > 1, `${word} in ${hit.id}: ${title}`).toBe(findText(title, word) !== null)
    }
  }
}

describe('SearchIndex against a plain scan', () => {
  it('answers words, phrases and field filters as a scan does after puts, changes, removals, compaction and a reload', async () => {
    const index = new SearchIndex()
    index.setEntities(table)
    const records = new Map<string, SearchRecord>()
    const put = (record: SearchRecord) => {
      records.set(record.id, record)
      index.put(record)
    }
    for (let i = 0; i < 300; i++) put(randomRecord(`a${i}`))
    expectScanAnswers(index, records)
    expectTitleBonus(index, records)

    for (let i = 0; i < 60; i++) put(randomRecord(`a${i}`))
    for (let i = 60; i < 120; i++) {
      // An annotation: same texts, other facets, dates and notes (a note may repeat a word of the text).
      const known = records.get(`a${i}`) as SearchRecord
      const other = randomRecord(known.id)
      put({ ...other, texts: known.texts, title: i % 2 ? other.title : known.title, notes: `${other.notes}\n${known.texts[0]?.text.split(' ')[0] ?? ''}` })
    }
    for (let i = 120; i < 150; i++) {
      records.delete(`a${i}`)
      index.remove(`a${i}`)
    }
    expectScanAnswers(index, records)
    expectTitleBonus(index, records)

    const reloaded = new SearchIndex()
    reloaded.setEntities(table)
    reloaded.importIndex(await index.exportIndex(), index.records())
    expectScanAnswers(reloaded, records)
    expectTitleBonus(reloaded, records)

    index.compact()
    expectScanAnswers(index, records)
    expectTitleBonus(index, records)
    for (let i = 300; i < 340; i++) put(randomRecord(`a${i}`))
    expectScanAnswers(index, records)
    expectTitleBonus(index, records)
  })
})

describe('SearchIndex ranking bonus on a first ask', () => {
  const score = (index: SearchIndex, word: string, id: string) => index.query(parsed(word), { limit: 10, facets: false }).hits.find((hit) => hit.id === id)?.score
  const article = (id: string, over: Partial<SearchRecord> = {}): SearchRecord => ({
    id, title: `Article ${id}`, source: 'Daily', lang: 'en', date: '2023-05-01', texts: [{ versionId: 'original', lang: 'en', role: 'original', text: 'Yulong was cleaned' }], tags: [],
    notes: '', entities: [], types: [], statuses: [], annotations: 0, orphans: false, translated: false, ...over
  })

  it('follows entity names and titles gained and lost by annotations and edits', () => {
    const index = new SearchIndex()
    index.setEntities(table)
    index.put(article('a'))
    index.put(article('b'))
    // b is second in the index's order (0.5) until its new field terms are appended, which flexsearch lists
    // first (1); its entity names add 0.5, its title 1.
    expect(score(index, 'yulong', 'b')).toBe(0.5)
    index.put(article('b', { entities: ['e2'], annotations: 1 }))
    expect(score(index, 'yulong', 'b')).toBe(1.5)
    index.put(article('b', { title: 'Yulong report', annotations: 1 }))
    expect(score(index, 'yulong', 'b')).toBe(2)
    index.put(article('b'))
    expect(score(index, 'yulong', 'b')).toBe(1)
  })
})
