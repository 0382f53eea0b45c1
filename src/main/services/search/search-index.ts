import { Index } from 'flexsearch'
import type { SearchFacetValue, SearchHit, SearchResults } from '@shared/ipc/search-contract'
import {
  buildSnippets,
  holdsClause,
  indexTerms,
  prepareRecord,
  queryTerms,
  FACET_NAMES,
  type MatchContext,
  type PreparedRecord,
  type SearchQuery,
  type SearchRecord
} from '@shared/search'
import { EntityNameTable } from './entity-names'
import { ClauseMemo } from './clause-memo'
import { ArticleColumns, dayOf, LIVE, LOOSE } from './article-columns'
import { FacetCounter } from './facet-counter'
import { fieldTerms, holdsAll, sameTexts, titleTerms, type TextClause } from './record-terms'
import { TitleHints } from './title-hints'
import { IndexOrder } from './index-order'
import { TopHits } from './top-hits'
import { compileFilter } from './typed-filters'
import { intersectPostings, type Buckets } from './postings'
import { checkCandidates, type TextMatches } from './text-matches'
import { newestFirst } from './newest-first'

/** An indexed article; its facet codes, day and whether it is loose (see `update`) are in ArticleColumns. */
interface Entry {
  num: number
  prepared: PreparedRecord
  /** Its place in IndexOrder, kept when it is renumbered. */
  place: number
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
  /** Articles whose postings may hold terms they no longer have. */
  loose: string[]
}

/** Terms were made by indexTerms; flexsearch only splits them again. */
const splitTerms = (content: string): string[] => (content === '' ? [] : content.split(' '))
/**
 * Without `fastupdate` (which flexsearch cannot export and import), removing a document scans
 * the whole index (~100 ms at 50,000 articles). So an article whose texts changed is added
 * again under a new number and its old number is forgotten: its postings stay behind as
 * garbage that queries skip, until `compact` re-adds everything (see `needsCompaction`).
 * An article whose texts did not change keeps its number (see `update`).
 */
const newFlex = () => new Index({ tokenize: 'strict', encode: splitTerms })

/** Lookups kept for queries asked again (a facet clicked, the next page): forgotten on any change. */
const LOOKUPS_KEPT = 16

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
  /** Entries by number (dense: numbers are given in order); a replaced number holds nothing. */
  private byNum: Array<Entry | undefined> = []
  private nextNum = 1
  private dead = 0
  private looseCount = 0
  private readonly lookups = new Map<string, TextMatches>()
  private readonly memo = new ClauseMemo()
  private entities = new EntityNameTable()
  private readonly facetCounter = new FacetCounter()
  private readonly columns = new ArticleColumns()
  private readonly hints = new TitleHints()
  private readonly order = new IndexOrder()

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
    const names = record.entities.flatMap((id) => this.entities.namesOf(id))
    const known = this.entries.get(record.id)
    this.lookups.clear()
    if (known) this.memo.forget(known.num)
    if (known && sameTexts(known.prepared.record.texts, record.texts)) return this.update(known, record, names)
    const prepared = prepareRecord(record, names)
    this.forget(record.id)
    this.add({ num: this.nextNum++, prepared, place: known ? known.place : this.order.place() })
  }

  remove(id: string): void {
    this.lookups.clear()
    const known = this.entries.get(id)
    if (known) this.order.set(known.place, 0)
    this.forget(id)
    this.entries.delete(id)
  }

  /** Holds the entry under its number, without indexing its terms. */
  private remember(entry: Entry, state: number): void {
    const { record } = entry.prepared
    this.entries.set(record.id, entry)
    this.byNum[entry.num] = entry
    this.order.set(entry.place, entry.num)
    this.columns.set(entry.num, state, this.facetCounter.encode(record), dayOf(record.date))
  }

  private add(entry: Entry): void {
    const { prepared } = entry
    this.remember(entry, LIVE)
    const terms = fieldTerms(prepared)
    for (const text of prepared.texts) indexTerms(text, terms)
    this.flex.add(entry.num, [...terms].join(' '))
    this.hints.add(entry.num, titleTerms(prepared))
  }

  /**
   * Its texts are unchanged (an annotation, a note, a title or the registry changed): the
   * article keeps its number and folded texts, and only terms new to its small fields are
   * appended. Terms it lost stay in its postings, so it becomes loose until compaction.
   */
  private update(known: Entry, record: SearchRecord, names: string[]): void {
    const prepared = prepareRecord(record, names, known.prepared.texts)
    const before = fieldTerms(known.prepared)
    const after = fieldTerms(prepared)
    const added = [...after].filter((term) => !before.has(term))
    if (added.length > 0) this.flex.append(known.num, added.join(' '))
    const hinted = titleTerms(known.prepared)
    this.hints.add(known.num, [...titleTerms(prepared)].filter((term) => !hinted.has(term)))
    const wasLoose = this.columns.state(known.num) === LOOSE
    const loose = wasLoose || [...before].some((term) => !after.has(term))
    if (loose && !wasLoose) this.looseCount++
    this.remember({ num: known.num, prepared, place: known.place }, loose ? LOOSE : LIVE)
  }

  private forget(id: string): void {
    const known = this.entries.get(id)
    if (!known) return
    if (this.columns.state(known.num) === LOOSE) this.looseCount--
    this.byNum[known.num] = undefined
    this.columns.drop(known.num)
    this.dead++
  }

  /** True when replaced articles' postings and loose articles have grown to a quarter of the index. */
  get needsCompaction(): boolean {
    return this.dead + this.looseCount > Math.max(1000, this.entries.size / 4)
  }

  /** Indexes every article again from its record (no shard is read), dropping the garbage. */
  compact(): void {
    const entries = [...this.entries.values()]
    this.flex = newFlex()
    this.entries.clear()
    this.byNum = []
    this.lookups.clear()
    this.memo.clear()
    this.columns.clear()
    this.hints.clear()
    this.order.clear()
    this.nextNum = 1
    this.dead = 0
    this.looseCount = 0
    for (const entry of entries) this.add({ ...entry, num: this.nextNum++, place: this.order.place() })
  }

  /**
   * Articles holding every positive text clause, in the index's order, each with its score;
   * null when the clauses give no term to look up. Kept until the index changes: a facet
   * clicked or a filter added asks the same words again.
   */
  private textMatches(positive: TextClause[]): TextMatches | null {
    const terms = [...new Set(positive.flatMap((c) => queryTerms(c.text)))]
    if (terms.length === 0) return null
    const key = JSON.stringify(positive.map((c) => [c.field ?? '', c.text]))
    const kept = this.lookups.get(key)
    if (kept) return kept
    const nums = this.lookUp(terms)
    const matches = checkCandidates(nums, positive, {
      columns: this.columns,
      memo: this.memo,
      hints: this.hints,
      size: this.nextNum,
      prepared: (num) => (this.byNum[num] as Entry).prepared
    })
    if (this.lookups.size >= LOOKUPS_KEPT) this.lookups.clear()
    this.lookups.set(key, matches)
    return matches
  }

  /** Numbers holding every term, in flexsearch's order; its buckets read directly, intersected by us (see postings.ts). */
  private lookUp(terms: string[]): ArrayLike<number> {
    const lists = terms.map((term) => this.flex.search(term, { resolve: false }).result as Buckets)
    return intersectPostings(lists, this.nextNum) ?? (this.flex.search(terms.join(' '), { limit: this.nextNum }) as number[])
  }

  query(query: SearchQuery, options: QueryOptions): SearchResults {
    const positive = query.clauses.filter((c): c is TextClause => c.kind === 'text' && !c.negated)
    const others = query.clauses.filter((c) => !(c.kind === 'text' && !c.negated))
    const ctx: MatchContext = { entityIds: (value) => this.entities.idsNamed(value) }
    const { columns, byNum } = this
    const filter = compileFilter(others, columns, this.facetCounter, ctx, (num, clause) => holdsClause((byNum[num] as Entry).prepared, clause, ctx))
    const tally = options.facets ? this.facetCounter.tally() : null
    let total = 0
    const matchedIds: string[] | null = options.ids ? [] : null
    // The hot loop of a common word: article numbers and typed columns only, no Entry touched.
    const counted = (num: number): boolean => {
      if (filter && !filter(num)) return false
      total++
      if (tally) columns.count(tally, num)
      if (matchedIds) matchedIds.push((byNum[num] as Entry).prepared.record.id)
      return true
    }
    let best: Array<{ item: Entry; score: number }>
    const matches = this.textMatches(positive)
    if (matches) {
      const top = new TopHits<number>(options.limit)
      for (let i = 0; i < matches.count; i++) {
        const num = matches.nums[i] as number
        if (counted(num)) top.offer(num, matches.ranks[i] as number, matches.scores[i] as number, matches.bonuses[i] as number)
      }
      best = top.best().map(({ item, score }) => ({ item: byNum[item] as Entry, score }))
    } else {
      // No word to look up: every article is checked, newest first (ties in the order they were first indexed).
      const found: number[] = []
      for (let place = 0; place < this.order.size; place++) {
        const num = this.order.numAt(place)
        if (num === 0 || (positive.length > 0 && !holdsAll((byNum[num] as Entry).prepared, positive, ctx))) continue
        if (counted(num)) found.push(num)
      }
      const dateOf = (num: number) => (byNum[num] as Entry).prepared.record.date
      best = newestFirst(found, options.limit, (num) => columns.day(num), dateOf).map((num) => ({ item: byNum[num] as Entry, score: 0 }))
    }
    const needles = positive.filter((c) => !c.field).map((c) => c.text)
    const hits = best.map(({ item, score }) => this.hit(item.prepared, score, needles))
    const facets = tally ? this.facets(tally) : null
    return { total, hits, facets, ...(matchedIds ? { ids: bestFirst(hits, matchedIds) } : {}) }
  }

  private hit(p: PreparedRecord, score: number, needles: string[]): SearchHit {
    const { record } = p
    const snippets = buildSnippets(record.texts, p.texts, needles)
    return { id: record.id, title: record.title, date: record.date, source: record.source, language: record.lang, score, snippets }
  }

  private facets(tally: Uint32Array): Record<(typeof FACET_NAMES)[number], SearchFacetValue[]> {
    const counted = this.facetCounter.ranked(tally)
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
    const loose = [...this.entries].filter(([, entry]) => this.columns.state(entry.num) === LOOSE).map(([id]) => id)
    return { chunks, numbers: [...this.entries].map(([id, entry]) => [id, entry.num]), next: this.nextNum, dead: this.dead, loose }
  }

  /** Loads what exportIndex gave, with the records it indexed (prepared again, not re-indexed). */
  importIndex(exported: ExportedIndex, records: SearchRecord[]): void {
    this.flex = newFlex()
    for (const [key, data] of exported.chunks) this.flex.import(key, data)
    const numbers = new Map(exported.numbers)
    const loose = new Set(exported.loose)
    this.entries.clear()
    this.byNum = []
    this.lookups.clear()
    this.memo.clear()
    this.columns.clear()
    this.hints.clear()
    this.order.clear()
    this.nextNum = exported.next
    this.dead = exported.dead
    this.looseCount = 0
    for (const record of records) {
      const num = numbers.get(record.id)
      if (num === undefined || num >= exported.next) continue
      const prepared = prepareRecord(record, record.entities.flatMap((id) => this.entities.namesOf(id)))
      if (loose.has(record.id)) this.looseCount++
      this.remember({ num, prepared, place: this.order.place() }, loose.has(record.id) ? LOOSE : LIVE)
      this.hints.add(num, titleTerms(prepared))
    }
  }
}

/** Every match's id, the ranked hits first and the rest in the order they were found. */
function bestFirst(hits: SearchHit[], ids: string[]): string[] {
  const first = hits.map((hit) => hit.id)
  const shown = new Set(first)
  return [...first, ...ids.filter((id) => !shown.has(id))]
}
