import { Index } from 'flexsearch'
import type { SearchFacetValue, SearchHit, SearchResults } from '@shared/ipc/search-contract'
import {
  buildSnippets,
  findText,
  holdsClause,
  indexTerms,
  prepareRecord,
  queryTerms,
  FACET_NAMES,
  type Clause,
  type MatchContext,
  type PreparedRecord,
  type SearchQuery,
  type SearchRecord
} from '@shared/search'
import { EntityNameTable } from './entity-names'
import { FacetCounter, type FacetCodes } from './facet-counter'

type TextClause = Extract<Clause, { kind: 'text' }>

interface Entry {
  num: number
  prepared: PreparedRecord
  /** Its facet values, computed once: counting them is the bulk of a query with many matches. */
  facets: FacetCodes
}

export interface QueryOptions {
  limit: number
  facets: boolean
  /** Also answer the id of every match, best first (selecting all results). */
  ids?: boolean
}

/** What is persisted of the flexsearch index: its exported chunks and our id numbering. */
export interface ExportedIndex {
  chunks: Array<[string, string]>
  numbers: Array<[string, number]>
  /** The next number to give (numbers of replaced articles are never given again). */
  next: number
  /** Numbers replaced or removed whose postings are still in the index. */
  dead: number
}

/** Terms were made by indexTerms; flexsearch only splits them again. */
const splitTerms = (content: string): string[] => (content === '' ? [] : content.split(' '))
/**
 * Without `fastupdate` (which flexsearch cannot export and import), removing a document scans
 * the whole index (~100 ms at 50,000 articles). So a changed article is added again under a
 * new number and its old number is forgotten: its postings stay behind as garbage that
 * queries skip, until `compact` re-adds everything (see `needsCompaction`).
 */
const newFlex = () => new Index({ tokenize: 'strict', encode: splitTerms })

/** ISO dates compare as text; undated articles last. */
const newerFirst = (a: string | null, b: string | null): number => ((b ?? '') > (a ?? '') ? 1 : (b ?? '') < (a ?? '') ? -1 : 0)

/** A word the index answers exactly by itself: one whole term, nothing to check in the text. */
const answeredByIndex = (clause: TextClause): boolean => {
  if (clause.field) return false
  const terms = queryTerms(clause.text)
  return terms.length === 1 && terms[0] === clause.text
}

/**
 * The search index of one archive, in memory: flexsearch narrows a query to candidates by
 * its terms (words, Chinese bigrams), then each candidate is checked against the query
 * itself (phrases, fields, filters), so the index can only make search faster, never change
 * what it finds. Ranking: the index's order (earlier terms first), then matches in titles
 * and entity names.
 */
export class SearchIndex {
  private flex = newFlex()
  private readonly entries = new Map<string, Entry>()
  private readonly byNum = new Map<number, Entry>()
  private nextNum = 1
  private dead = 0
  private entities = new EntityNameTable()
  private readonly facetCounter = new FacetCounter()

  get size(): number {
    return this.entries.size
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  records(): SearchRecord[] {
    return [...this.entries.values()].map((entry) => entry.prepared.record)
  }

  /** The registry changed: articles linking an entity whose names changed are indexed again. */
  setEntities(table: EntityNameTable): void {
    const changed = table.changedSince(this.entities)
    this.entities = table
    if (changed.size === 0) return
    for (const entry of [...this.entries.values()]) {
      if (entry.prepared.record.entities.some((id) => changed.has(id))) this.put(entry.prepared.record)
    }
  }

  put(record: SearchRecord): void {
    const prepared = prepareRecord(record, record.entities.flatMap((id) => this.entities.namesOf(id)))
    this.forget(record.id)
    this.add({ num: this.nextNum++, prepared, facets: this.facetCounter.encode(record) })
  }

  remove(id: string): void {
    this.forget(id)
    this.entries.delete(id)
  }

  private add(entry: Entry): void {
    const { prepared } = entry
    this.entries.set(prepared.record.id, entry)
    this.byNum.set(entry.num, entry)
    const terms = new Set<string>()
    for (const text of [prepared.title, prepared.source, prepared.notes, prepared.names, ...prepared.texts]) indexTerms(text, terms)
    this.flex.add(entry.num, [...terms].join(' '))
  }

  private forget(id: string): void {
    const known = this.entries.get(id)
    if (!known) return
    this.byNum.delete(known.num)
    this.dead++
  }

  /** True when replaced articles' postings have grown to a quarter of the index. */
  get needsCompaction(): boolean {
    return this.dead > Math.max(1000, this.entries.size / 4)
  }

  /** Indexes every article again from its record (no shard is read), dropping the garbage. */
  compact(): void {
    const entries = [...this.entries.values()]
    this.flex = newFlex()
    this.entries.clear()
    this.byNum.clear()
    this.nextNum = 1
    this.dead = 0
    for (const entry of entries) this.add({ ...entry, num: this.nextNum++ })
  }

  /** Articles holding every term, in the index's order; null when there is no term to look up. */
  private lookup(terms: string[]): Entry[] | null {
    if (terms.length === 0) return null
    const nums = this.flex.search(terms.join(' '), { limit: this.nextNum }) as number[]
    const found: Entry[] = []
    for (const num of nums) {
      const entry = this.byNum.get(num)
      if (entry) found.push(entry)
    }
    return found
  }

  query(query: SearchQuery, options: QueryOptions): SearchResults {
    const positive = query.clauses.filter((c): c is TextClause => c.kind === 'text' && !c.negated)
    const others = query.clauses.filter((c) => !(c.kind === 'text' && !c.negated))
    const ctx: MatchContext = { entityIds: (value) => this.entities.idsNamed(value) }
    const ranked = this.lookup([...new Set(positive.flatMap((c) => queryTerms(c.text)))])
    const toCheck = positive.filter((clause) => !answeredByIndex(clause))
    const candidates = ranked ?? [...this.entries.values()]
    const matched: Array<{ entry: Entry; score: number }> = []
    for (let rank = 0; rank < candidates.length; rank++) {
      const entry = candidates[rank] as Entry
      const p = entry.prepared
      if (!toCheck.every((clause) => holdsClause(p, clause, ctx))) continue
      if (!others.every((clause) => holdsClause(p, clause, ctx) !== clause.negated)) continue
      matched.push({ entry, score: ranked ? this.score(p, positive, rank, candidates.length) : 0 })
    }
    if (ranked) matched.sort((a, b) => b.score - a.score)
    else matched.sort((a, b) => newerFirst(a.entry.prepared.record.date, b.entry.prepared.record.date))
    const needles = positive.filter((c) => !c.field).map((c) => c.text)
    const hits = matched.slice(0, options.limit).map(({ entry, score }) => this.hit(entry.prepared, score, needles))
    const facets = options.facets ? this.facets(matched.map((m) => m.entry.facets)) : null
    return { total: matched.length, hits, facets, ...(options.ids ? { ids: matched.map((m) => m.entry.prepared.record.id) } : {}) }
  }

  /** Earlier in the index's order is better; a title or an entity name holding the words, better still. */
  private score(p: PreparedRecord, positive: TextClause[], rank: number, of: number): number {
    let score = 1 - rank / Math.max(1, of)
    for (const clause of positive) {
      if (findText(p.title, clause.text)) score += 1
      if (findText(p.names, clause.text)) score += 0.5
    }
    return Math.round(score * 1000) / 1000
  }

  private hit(p: PreparedRecord, score: number, needles: string[]): SearchHit {
    const { record } = p
    const snippets = buildSnippets(record.texts, p.texts, needles)
    return { id: record.id, title: record.title, date: record.date, source: record.source, language: record.lang, score, snippets }
  }

  private facets(codes: FacetCodes[]): Record<(typeof FACET_NAMES)[number], SearchFacetValue[]> {
    const counted = this.facetCounter.count(codes)
    const label = (facet: string, value: string) => (facet === 'entity' ? this.entities.label(value) : value)
    return Object.fromEntries(
      FACET_NAMES.map((facet) => [facet, counted[facet].map(({ value, count }) => ({ value, count, label: label(facet, value) }))])
    ) as Record<(typeof FACET_NAMES)[number], SearchFacetValue[]>
  }

  async exportIndex(): Promise<ExportedIndex> {
    const chunks: Array<[string, string]> = []
    await this.flex.export(async (key: string, data: string) => {
      chunks.push([key, data])
    })
    return { chunks, numbers: [...this.entries].map(([id, entry]) => [id, entry.num]), next: this.nextNum, dead: this.dead }
  }

  /** Loads what exportIndex gave, with the records it indexed (prepared again, not re-indexed). */
  importIndex(exported: ExportedIndex, records: SearchRecord[]): void {
    this.flex = newFlex()
    for (const [key, data] of exported.chunks) this.flex.import(key, data)
    const numbers = new Map(exported.numbers)
    this.entries.clear()
    this.byNum.clear()
    this.nextNum = exported.next
    this.dead = exported.dead
    for (const record of records) {
      const num = numbers.get(record.id)
      if (num === undefined || num >= exported.next) continue
      const prepared = prepareRecord(record, record.entities.flatMap((id) => this.entities.namesOf(id)))
      const entry = { num, prepared, facets: this.facetCounter.encode(record) }
      this.entries.set(record.id, entry)
      this.byNum.set(num, entry)
    }
  }
}
