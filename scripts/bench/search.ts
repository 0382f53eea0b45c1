/**
 * Search bench: at 50,000 generated articles (English and Chinese, half each; set
 * SEARCH_BENCH_ARTICLES for another size) — index build time and heap, storing and loading
 * it, query p50/p95 (one word, two words, a phrase, Chinese, field queries; facets counted,
 * 50 hits with snippets, as the CLI asks), the update after one annotation, and the same
 * queries by a plain scan of the shards (read from disk, and already in memory) in the same
 * run as the baseline. Prints figures and ratios, never asserts.
 * Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/search.ts
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { ArticleDoc } from '../../src/shared/model'
import { countFacets, matchesQuery, parseQuery, prepareRecord, recordFromDoc, type SearchQuery, type SearchRecord } from '../../src/shared/search'
import { EntityNameTable } from '../../src/main/services/search/entity-names'
import { INDEX_FORMAT, readStoredIndex, writeStoredIndex } from '../../src/main/services/search/index-store'
import { SearchIndex } from '../../src/main/services/search/search-index'
import { article, ENTITIES, HU_TAO } from './search/corpus'

const COUNT = Number(process.env.SEARCH_BENCH_ARTICLES ?? 50_000)
const RUNS = 30
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!
const heap = () => {
  gc()
  return process.memoryUsage().heapUsed
}
const query = (text: string): SearchQuery => {
  const parsed = parseQuery(text)
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.code}`)
  return parsed.query
}

/** An English word in about `share` of the articles (typical searches name rarer words than "water"). */
function wordIn(records: SearchRecord[], share: number, except = ''): string {
  const df = new Map<string, number>()
  for (const record of records.slice(0, 4000)) for (const word of new Set(record.texts[0]!.text.split(/[ .]+/))) df.set(word, (df.get(word) ?? 0) + 1)
  const target = share * Math.min(4000, records.length)
  return [...df].filter(([word]) => /^[a-z]{6,}$/.test(word) && word !== except).sort((a, b) => Math.abs(a[1] - target) - Math.abs(b[1] - target))[0]![0]
}

function queries(records: SearchRecord[]): Array<[string, string]> {
  const rare = wordIn(records, 0.02)
  const rarer = wordIn(records, 0.05, rare)
  return [
    ['one word (in ~2% of articles)', rare],
    ['two words', `${rare} ${rarer}`],
    ['common word (in ~40%)', 'water'],
    ['phrase', '"water supply"'],
    ['Chinese word (all Chinese articles)', '志愿服务'],
    ['Chinese phrase', '"生态环境"'],
    ['field query', '志愿 lang:zh date:2021-03..2023'],
    ['entity field', `entity:"${HU_TAO.name}" type:PERSON`]
  ]
}

const root = await mkdtemp(join(tmpdir(), 'scriptorium-bench-search-'))
try {
  console.log(`${COUNT.toLocaleString('en')} articles, ${ENTITIES.length.toLocaleString('en')} entities`)
  let started = performance.now()
  const docs: ArticleDoc[] = Array.from({ length: COUNT }, (_, i) => article(i))
  const records: SearchRecord[] = docs.map(recordFromDoc)
  const QUERIES = queries(records)
  console.log(`generated in ${ms(performance.now() - started)}`)
  const articles = join(root, 'articles')
  await mkdir(articles, { recursive: true })
  for (const doc of docs) await writeFile(join(articles, `${doc.article.id}.json`), JSON.stringify(doc))
  docs.length = 0

  // Build, as the worker does when no stored index exists.
  const before = heap()
  started = performance.now()
  const table = new EntityNameTable(ENTITIES)
  const index = new SearchIndex()
  index.setEntities(table)
  for (const record of records) index.put(record)
  const buildMs = performance.now() - started
  const heapUsed = heap() - before
  console.log(`index build: ${ms(buildMs)} (${ms(buildMs / COUNT)} an article), heap ${mb(heapUsed)} (records with their folded text included)`)

  started = performance.now()
  await writeStoredIndex(root, { manifest: { format: INDEX_FORMAT, stamps: {}, entities: ENTITIES }, records: index.records(), exported: await index.exportIndex() })
  const storeMs = performance.now() - started
  started = performance.now()
  const stored = await readStoredIndex(root)
  const loaded = new SearchIndex()
  loaded.setEntities(table)
  loaded.importIndex(stored!.exported, stored!.records)
  const loadMs = performance.now() - started
  console.log(`stored under index/search in ${ms(storeMs)}; loaded again in ${ms(loadMs)} (${loaded.size.toLocaleString('en')} articles; ${(buildMs / loadMs).toFixed(1)}× faster than building)`)

  // Queries through the index, and (baseline) the same queries with facet counts by scanning
  // the records already in memory, interleaved so that the machine's load weighs on both alike.
  const ctx = { entityIds: (value: string) => table.idsNamed(value) }
  const prepared = records.map((record) => prepareRecord(record, record.entities.flatMap((id) => table.namesOf(id))))
  const indexed = new Map<string, { first: number; p50: number; p95: number; again: number; total: number }>()
  const scanned = new Map<string, number>()
  for (const [name, text] of QUERIES) {
    const parsed = query(text)
    const times: number[] = []
    const scans: number[] = []
    const again: number[] = []
    let total = 0
    let first = 0
    for (let i = 0; i < RUNS + 3; i++) {
      // An article written (unchanged) before each ask: the index forgets what it kept of the last query.
      index.put(records[i]!)
      let t0 = performance.now()
      total = index.query(parsed, { limit: 50, facets: true }).total
      if (i === 0) first = performance.now() - t0
      if (i >= 3) times.push(performance.now() - t0)
      t0 = performance.now()
      index.query(parsed, { limit: 50, facets: true })
      if (i >= 3) again.push(performance.now() - t0)
      if (i % 6 !== 0) continue
      const t1 = performance.now()
      countFacets(prepared.filter((p) => matchesQuery(p, parsed, ctx)).map((p) => p.record))
      scans.push(performance.now() - t1)
    }
    indexed.set(name, { first, p50: percentile(times, 50), p95: percentile(times, 95), again: percentile(again, 50), total })
    scanned.set(name, percentile(scans, 50))
  }
  prepared.length = 0

  // Baseline 2: a plain scan of the shards on disk (read, parse, match), once per query.
  const disk = new Map<string, { ms: number; total: number }>()
  const ids = records.map((record) => record.id)
  for (const [name, text] of QUERIES) {
    const parsed = query(text)
    const t0 = performance.now()
    let total = 0
    for (const id of ids) {
      const record = recordFromDoc(JSON.parse(await readFile(join(articles, `${id}.json`), 'utf8')) as ArticleDoc)
      if (matchesQuery(prepareRecord(record, record.entities.flatMap((e) => table.namesOf(e))), parsed, ctx)) total++
    }
    disk.set(name, { ms: performance.now() - t0, total })
  }

  console.log(`${'query (facets + 50 hits with snippets)'.padEnd(56)} ${'first ask'.padEnd(10)} ${'index p50 / p95'.padEnd(20)} ${'asked again p50'.padEnd(16)} ${'scan in memory'.padEnd(20)} ${'scan of shards'.padEnd(16)} matches`)
  for (const [name, text] of QUERIES) {
    const i = indexed.get(name)!
    const s = scanned.get(name)!
    const d = disk.get(name)!
    const agree = d.total === i.total ? '' : ` (scan found ${d.total}!)`
    console.log(
      `  ${`${name}: ${text}`.padEnd(54)} ${ms(i.first).padEnd(10)} ${`${ms(i.p50)} / ${ms(i.p95)}`.padEnd(20)} ${ms(i.again).padEnd(16)} ${`${ms(s)} (${(s / i.p50).toFixed(0)}×)`.padEnd(20)} ${`${ms(d.ms)} (${(d.ms / i.p50).toFixed(0)}×)`.padEnd(16)} ${i.total}${agree}`
    )
  }
  console.log('  goal: p95 ≤ 20 ms (first ask: the query never asked before, nothing known of its words; index p50 / p95: asked after one article changed; asked again: a facet clicked, nothing changed)')

  // One annotation added to one article: the index follows.
  const updates: number[] = []
  for (let i = 0; i < 200; i++) {
    const record = records[(i * 7919) % records.length]!
    const changed: SearchRecord = { ...record, annotations: record.annotations + 1, types: [...new Set([...record.types, 'ORG'])], entities: [...new Set([...record.entities, `e${i}`])], notes: `${record.notes}\nchecked ${i}` }
    const t0 = performance.now()
    index.put(changed)
    updates.push(performance.now() - t0)
  }
  console.log(`update after one annotation: p50 ${ms(percentile(updates, 50))}, p95 ${ms(percentile(updates, 95))} (goal ≤ 5 ms)`)
} finally {
  await rm(root, { recursive: true, force: true })
}
