/**
 * Concordance bench: at 5,000 generated articles (English and Chinese, half each; set
 * CONCORDANCE_BENCH_ARTICLES for another size) — one concordance as the app asks it once the
 * index is ready (the search worker finds the articles and cuts every occurrence into a line
 * from the texts it holds, at most 2,000 lines), p50/p95 for a rare word, a common word, a
 * phrase and Chinese; and, in the same run, before: the worker names the articles and their
 * shards are read (what the app does until the index is ready), and the baseline: the same
 * lines by a plain scan of every shard. Prints figures and ratios, never asserts.
 * Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/concordance.ts
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { concordanceNeedle, DEFAULT_LINES, kwicLines } from '../../src/shared/concordance'
import { Archive } from '../../src/main/archive'
import { AppContext } from '../../src/main/app-context'
import { createTranslator } from '../../src/main/i18n'
import { concordanceFromShards, findConcordance } from '../../src/main/services/concordance/find-concordance'
import { SettingsStore } from '../../src/main/settings-store'
import { article } from './search/corpus'

const COUNT = Number(process.env.CONCORDANCE_BENCH_ARTICLES ?? 5000)
const RUNS = 10
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!

async function timed<T>(run: () => Promise<T>): Promise<{ times: number[]; last: T }> {
  const times: number[] = []
  let last: T | undefined
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    last = await run()
    times.push(performance.now() - started)
  }
  return { times, last: last as T }
}

/** The baseline: every shard read and scanned, lines cut the same way. */
async function plainScan(archive: Archive, query: string): Promise<number> {
  const needle = concordanceNeedle(query)
  let total = 0
  let lines = 0
  for (const { id } of archive.list()) {
    const doc = await archive.read(id)
    for (const version of doc.versions) {
      const found = kwicLines(version.text, needle, Math.max(0, DEFAULT_LINES - lines))
      total += found.count
      lines += found.lines.length
    }
  }
  return total
}

const home = await mkdtemp(join(tmpdir(), 'scriptorium-bench-concordance-'))
try {
  const dir = join(home, 'archive')
  let started = performance.now()
  const seeded = await Archive.open(dir, { seed: () => Array.from({ length: COUNT }, (_, i) => article(i)) })
  await seeded.close()
  console.log(`   ${COUNT} articles written in ${ms(performance.now() - started)}`)
  const ctx = await AppContext.start({ archiveDir: dir, settings: await SettingsStore.open(join(home, 'app')), t: createTranslator('en'), mode: 'browser' })
  try {
    started = performance.now()
    await ctx.search.open()
    console.log(`   search index built in ${ms(performance.now() - started)} (once; the app keeps it)`)
    const cases: Array<[string, string]> = [
      ['rare word', 'festival'],
      ['common word', 'water'],
      ['phrase', 'yulong lake'],
      ['Chinese', '志愿服务']
    ]
    for (const [label, query] of cases) {
      const app = await timed(() => findConcordance(ctx.archive, ctx.search, query))
      const shards = await timed(() => concordanceFromShards(ctx.archive, ctx.search, concordanceNeedle(query), DEFAULT_LINES))
      const scan = await timed(() => plainScan(ctx.archive, query))
      const { total, articles, lines } = { ...app.last, lines: app.last.lines.length }
      if (scan.last !== total) console.log(`   !! ${label}: the scan counts ${scan.last}, the concordance ${total}`)
      if (JSON.stringify(shards.last) !== JSON.stringify(app.last)) console.log(`   !! ${label}: the shards give other lines than the index`)
      const p50 = percentile(app.times, 50)
      const before = percentile(shards.times, 50)
      const base = percentile(scan.times, 50)
      console.log(
        `   ${label.padEnd(12)} “${query}”: ${total} occurrences in ${articles} articles, ${lines} lines — from the index p50 ${ms(p50)}, p95 ${ms(percentile(app.times, 95))}; ` +
          `shards of the named articles p50 ${ms(before)} (${(before / p50).toFixed(1)}× slower); plain scan p50 ${ms(base)} (${(base / p50).toFixed(1)}× slower)`
      )
    }
  } finally {
    await ctx.close()
  }
} finally {
  await rm(home, { recursive: true, force: true })
}
