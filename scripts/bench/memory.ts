/**
 * Translation memory bench: fuzzy lookup p50/p95 over 100,000 memory units through the
 * prefix-filtered index (goal p95 ≤ 20 ms), against a plain linear scan with the same scorer
 * measured in the same run, the index build time, and reading the saved index back.
 * Prints figures and ratios, never asserts.
 * Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/memory.ts [units]
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { MemoryUnit } from '../../src/shared/model'
import { FuzzyIndex, MATCH_THRESHOLD, memoryTokens, similarity } from '../../src/shared/translation/memory'

const UNITS = Number(process.argv[2] ?? 100_000)
const QUERIES = 1_000
const SCAN_QUERIES = 40

let seed = 7
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
/** Zipf-like choice of one of `n` ranks: text uses a few items often and most rarely, as real text does. */
const zipf = (n: number): number => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1))

// 3,500 Han characters and 6,000 English-like words, drawn by rank.
const HAN = Array.from({ length: 3_500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000)))
const SYLLABLES = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo'.split(' ')
const WORDS = Array.from({ length: 6_000 }, (_, i) => SYLLABLES[i % 50]! + SYLLABLES[Math.floor(i / 50) % 50]! + (i >= 2_500 ? SYLLABLES[Math.floor(i / 2_500)]! : ''))

function chinese(): string {
  const length = 12 + Math.floor(random() * 30)
  let text = ''
  for (let i = 0; i < length; i++) text += HAN[zipf(HAN.length)]
  return text + '。'
}
function english(): string {
  const length = 6 + Math.floor(random() * 24)
  return Array.from({ length }, () => WORDS[zipf(WORDS.length)]).join(' ') + '.'
}

function makeUnits(count: number): MemoryUnit[] {
  return Array.from({ length: count }, (_, i) => {
    const zh = i % 2 === 0
    return {
      id: `bench-${Math.floor(i / 40)}/${i}`,
      source: zh ? chinese() : english(),
      target: zh ? english() : chinese(),
      sourceLang: zh ? 'zh' : 'en',
      targetLang: zh ? 'en' : 'zh',
      articleId: `bench-${Math.floor(i / 40)}`,
      rowId: String(i),
      status: 'translated',
      updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString()
    }
  })
}

/** A query: half are a memory unit's source with one to three tokens changed (they match), half new sentences. */
function makeQuery(units: MemoryUnit[], i: number): { text: string; lang: string } {
  const unit = units[Math.floor(random() * units.length)]!
  if (i % 2 === 1) return { text: unit.sourceLang === 'zh' ? chinese() : english(), lang: unit.sourceLang }
  const zh = unit.sourceLang === 'zh'
  const tokens = zh ? Array.from(unit.source) : unit.source.split(' ')
  const edits = 1 + Math.floor(random() * 3)
  for (let e = 0; e < edits; e++) tokens[Math.floor(random() * (tokens.length - 1))] = zh ? HAN[zipf(HAN.length)]! : WORDS[zipf(WORDS.length)]!
  return { text: tokens.join(zh ? '' : ' '), lang: unit.sourceLang }
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const ms = (n: number): string => `${n.toFixed(2)} ms`

const units = makeUnits(UNITS)
console.log(`   ${UNITS.toLocaleString('en')} memory units (half zh→en, half en→zh), Zipf-distributed characters and words`)
// Absolute times on a shared machine move with its load; the ratio to the scan, measured in the same run, travels better.
console.log(`   load average at start ${loadavg()[0]!.toFixed(1)}`)

let started = performance.now()
const index = new FuzzyIndex()
for (const unit of units) index.put(unit)
const build = performance.now() - started
started = performance.now()
const saved = JSON.stringify(units)
const parsed = JSON.parse(saved) as MemoryUnit[]
const reload = performance.now() - started
console.log(`   index build (tokenise + inverted index): ${(build / 1000).toFixed(2)} s; saved index ${(saved.length / 1024 / 1024).toFixed(1)} MB, stringify + parse ${ms(reload)} (${parsed.length} units)`)

const queries = Array.from({ length: QUERIES }, (_, i) => makeQuery(units, i))
// Warm up the JIT on a few lookups before measuring.
for (const q of queries.slice(0, 20)) index.match({ text: q.text, sourceLang: q.lang })
const lookups: number[] = []
let found = 0
for (const q of queries) {
  const t0 = performance.now()
  found += index.match({ text: q.text, sourceLang: q.lang }).length > 0 ? 1 : 0
  lookups.push(performance.now() - t0)
}

// The baseline: every unit of the language pair scored with the same scorer (tokens precomputed, as the index has them).
const unitTokens = units.map((u) => memoryTokens(u.source, u.sourceLang))
const scans: number[] = []
let agree = 0
for (const q of queries.slice(0, SCAN_QUERIES)) {
  const t0 = performance.now()
  const tokens = memoryTokens(q.text, q.lang)
  let best = 0
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.sourceLang !== q.lang) continue
    const score = similarity(tokens, unitTokens[i]!)
    if (score >= MATCH_THRESHOLD && score > best) best = score
  }
  scans.push(performance.now() - t0)
  const indexed = index.match({ text: q.text, sourceLang: q.lang, limit: 1 })[0]?.score ?? 0
  if (Math.abs(indexed - best) < 1e-9) agree++
}

const p50 = percentile(lookups, 50)
const p95 = percentile(lookups, 95)
const scan50 = percentile(scans, 50)
const scan95 = percentile(scans, 95)
console.log(`   lookup through the index, ${QUERIES} queries (${found} with a match ≥ 70 %): p50 ${ms(p50)}, p95 ${ms(p95)} (goal p95 ≤ 20 ms)`)
console.log(`   linear scan with the same scorer, ${SCAN_QUERIES} queries: p50 ${ms(scan50)}, p95 ${ms(scan95)}`)
console.log(`   load average at end ${loadavg()[0]!.toFixed(1)}`)
console.log(`   ratio scan/index: p50 ${(scan50 / p50).toFixed(0)}×, p95 ${(scan95 / p95).toFixed(0)}×; best match the same as the scan's in ${agree} of ${SCAN_QUERIES}`)
