/**
 * Archive bench at 10,000 articles: durable save of one article against the raw durable
 * write floor (same bytes, same run), open + list time, catalog rebuild and create throughput.
 * Prints figures and ratios, never asserts. Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/archive.ts [articles]
 */
import { mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { SCHEMA_VERSION, type ArticleDoc } from '../../src/shared/model'
import { Archive } from '../../src/main/archive'
import { stableStringify } from '../../src/main/archive/stable-json'

const COUNT = Number(process.argv[2] ?? 10_000)
const SAVES = 300
const OPENS = 7

let seed = 42
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
const WORDS = 'the city council harbour volunteers reported on monday that new employers fair spring market river bridge'.split(' ')

function synthetic(i: number): ArticleDoc {
  let text = ''
  while (text.length < 4_600) text += WORDS[Math.floor(random() * WORDS.length)] + (random() < 0.08 ? '.\n\n' : ' ')
  const id = `bench-${String(i).padStart(6, '0')}`
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title: `Synthetic article ${i}`,
      date: '2024-05-01',
      source: 'Bench Daily',
      language: 'en',
      tags: ['bench'],
      importedAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
      origin: { fileName: `${id}.txt`, sha256: 'b'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    versions: [{ id: 'original', lang: 'en', role: 'original', origin: 'unknown', text }],
    annotations: [],
    relations: [],
    alignments: [],
    history: []
  }
}

/** The floor: write + fsync + rename + fsync(dir), nothing else. */
async function rawDurableWrite(dir: string, name: string, bytes: string): Promise<void> {
  const temp = join(dir, `.${name}.tmp`)
  const handle = await open(temp, 'w')
  await handle.writeFile(bytes)
  await handle.sync()
  await handle.close()
  await rename(temp, join(dir, name))
  const dirHandle = await open(dir, 'r')
  await dirHandle.sync()
  await dirHandle.close()
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const ms = (value: number): string => `${value.toFixed(2)} ms`

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'scriptorium-bench-'))
  const dir = join(root, 'archive')
  try {
    await mkdir(join(dir, 'articles'), { recursive: true })
    let t = performance.now()
    let bytes = 0
    for (let start = 0; start < COUNT; start += 200) {
      await Promise.all(
        Array.from({ length: Math.min(200, COUNT - start) }, (_, k) => {
          const doc = synthetic(start + k)
          const text = stableStringify(doc)
          bytes += text.length
          return writeFile(join(dir, 'articles', `${doc.article.id}.json`), text)
        })
      )
    }
    console.log(`generated ${COUNT} shards, ${(bytes / COUNT / 1024).toFixed(1)} KB each, in ${ms(performance.now() - t)}`)

    t = performance.now()
    let archive = await Archive.open(dir)
    console.log(`first open (catalog rebuilt from ${archive.list().length} shards): ${ms(performance.now() - t)}`)
    await archive.close()

    const opens: number[] = []
    for (let i = 0; i < OPENS; i++) {
      t = performance.now()
      archive = await Archive.open(dir)
      const listed = archive.list().length
      opens.push(performance.now() - t)
      if (listed !== COUNT) throw new Error(`listed ${listed}, expected ${COUNT}`)
      await archive.close()
    }
    const openP50 = percentile(opens, 50)
    console.log(`open + list at ${COUNT}: p50 ${ms(openP50)}, min ${ms(Math.min(...opens))}, max ${ms(Math.max(...opens))} (goal <= 300 ms: ${openP50 <= 300 ? 'met' : 'missed'})`)

    archive = await Archive.open(dir)
    const scratch = join(root, 'raw')
    await mkdir(scratch)
    const saves: number[] = []
    const raws: number[] = []
    for (let i = 0; i < SAVES; i++) {
      const id = `bench-${String(Math.floor(random() * COUNT)).padStart(6, '0')}`
      t = performance.now()
      const saved = await archive.update(id, (doc) => {
        doc.annotations.push({
          id: `n${i}`,
          type: 'PLACE',
          target: { source: 'original', position: { type: 'TextPositionSelector', start: 0, end: 3 }, quote: { type: 'TextQuoteSelector', exact: doc.versions[0]!.text.slice(0, 3), prefix: '', suffix: '' } },
          entity: null,
          note: '',
          attributes: {},
          orphan: false,
          createdAt: new Date().toISOString(),
          createdBy: 'bench',
          modifiedAt: new Date().toISOString()
        })
      })
      saves.push(performance.now() - t)
      const same = stableStringify(saved)
      t = performance.now()
      await rawDurableWrite(scratch, `${id}.json`, same)
      raws.push(performance.now() - t)
    }
    const [s50, s95, r50, r95] = [percentile(saves, 50), percentile(saves, 95), percentile(raws, 50), percentile(raws, 95)]
    console.log(`durable save of one article (update: read, mutate, validate, write): p50 ${ms(s50)}, p95 ${ms(s95)}`)
    console.log(`raw write+fsync+rename+fsync(dir) of the same bytes:              p50 ${ms(r50)}, p95 ${ms(r95)}`)
    console.log(`ratio save/raw: p50 ${(s50 / r50).toFixed(2)}x, p95 ${(s95 / r95).toFixed(2)}x (goal <= 3x: ${s50 / r50 <= 3 ? 'met' : 'missed'})`)

    const creates = 500
    t = performance.now()
    for (let i = 0; i < creates; i++) await archive.create(synthetic(COUNT + i))
    const createMs = performance.now() - t
    console.log(`create (durable shard, catalog batched): ${(creates / (createMs / 1000)).toFixed(0)} articles/s over ${creates}`)
    t = performance.now()
    await archive.close()
    console.log(`close (final catalog flush of ${COUNT + creates} summaries + backup): ${ms(performance.now() - t)}`)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
