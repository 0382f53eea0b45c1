/**
 * Import throughput: N generated news articles (.txt, the layout of tests/fixtures/news) through importPaths
 * into a fresh archive, every article durable before the next (as the CLI does), parsed in
 * the parse worker (what the app does) and, as the baseline, on the calling thread. Prints
 * articles/s and per-article latency; never asserts.
 * Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/run-import.ts [articles]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Archive, textHash } from '../../src/main/archive'
import { createTranslator } from '../../src/main/i18n'
import { importPaths, IsolatedParser, parseInput, type ImportDeps } from '../../src/main/services/import'

const COUNT = Number(process.argv[2] ?? 500)
const WORDS = 'the city council harbour volunteers reported on monday that new employers fair spring market river bridge school'.split(' ')

let seed = 7
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31

/** ~3 KB of text per article; the serial number makes every text distinct (no duplicates). */
function article(i: number): string {
  let body = ''
  while (body.length < 3_000) body += WORDS[Math.floor(random() * WORDS.length)] + (random() < 0.08 ? '.\n\n' : ' ')
  return `Bench article ${i}\n\nDate: 2024-05-${String((i % 28) + 1).padStart(2, '0')}\n\nSource: Bench Daily\n\nArticle ${i}. ${body}\n`
}

const ms = (value: number): string => `${value.toFixed(2)} ms`
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

async function importInto(archiveDir: string, input: string, bytes: number, label: string, parse: ImportDeps['parse']): Promise<void> {
  const archive = await Archive.open(archiveDir)
  const deps: ImportDeps = { target: archive, hash: textHash, t: createTranslator('en'), parse }
  const latencies: number[] = []
  const counts = { imported: 0, duplicate: 0, failed: 0 }
  const start = performance.now()
  let last = start
  for await (const outcome of importPaths([input], deps)) {
    const now = performance.now()
    latencies.push(now - last)
    last = now
    counts[outcome.status] += 1
  }
  const importMs = performance.now() - start
  const t = performance.now()
  await archive.close()
  const closeMs = performance.now() - t
  latencies.sort((a, b) => a - b)
  console.log(`import of ${COUNT} generated .txt articles (${(bytes / COUNT / 1024).toFixed(1)} KB each) into a fresh archive, ${label}:`)
  console.log(`  ${counts.imported} imported, ${counts.duplicate} duplicate, ${counts.failed} failed in ${ms(importMs)}`)
  console.log(`  throughput: ${(counts.imported / (importMs / 1000)).toFixed(0)} articles/s`)
  console.log(`  per article (read, decode, parse, durable shard write): p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}`)
  console.log(`  close (final catalog flush): ${ms(closeMs)}`)
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'scriptorium-bench-import-'))
  try {
    const input = join(root, 'input')
    await mkdir(input)
    let bytes = 0
    for (let i = 0; i < COUNT; i++) {
      const text = article(i)
      bytes += Buffer.byteLength(text)
      await writeFile(join(input, `article-${String(i).padStart(5, '0')}.txt`), text)
    }
    await importInto(join(root, 'archive-inline'), input, bytes, 'parsed on the calling thread (baseline)', async (name, data) => parseInput(name, data))
    const parser = new IsolatedParser()
    // Started before the clock: the app starts its worker once, not per import.
    await parser.parse('warm-up.txt', new TextEncoder().encode('Warm up\n\nA first article to start the worker.'))
    await importInto(join(root, 'archive-worker'), input, bytes, 'parsed in the parse worker (the app)', (name, data) => parser.parse(name, data))
    await parser.close()
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
