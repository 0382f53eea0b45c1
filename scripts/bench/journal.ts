/**
 * The intent journal's cost: one compound change (a schema rename retyping an annotation in
 * each of 1,000 articles, plus the registry) applied through the journal — plan written
 * durably, files applied, plan removed — against the same after-images written one by one,
 * each durably, without a journal (how compound changes were saved before). Goal: ≤ 1.2×.
 * Prints figures, never asserts. Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/journal.ts [articles]
 */
import { mkdtemp, rm, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { asCodePoint } from '../../src/shared/anchoring/code-points'
import { buildSelectors } from '../../src/shared/anchoring/selectors'
import { DEFAULT_SCHEMA, SCHEMA_VERSION, type ArticleDoc, type RegistryDoc } from '../../src/shared/model'
import { Archive } from '../../src/main/archive'
import { compoundSteps } from '../../src/main/archive/compound'
import { fsyncDir, writeFileDurable } from '../../src/main/archive/durable-write'

const COUNT = Number(process.argv[2] ?? 1_000)
const ROUNDS = 5
const SENTENCE = 'The Xinxiang Council met volunteers at the harbour on Monday to plan the spring market. '

function synthetic(i: number): ArticleDoc {
  const text = SENTENCE.repeat(50)
  const id = `bench-${String(i).padStart(5, '0')}`
  const at = '2024-05-01T00:00:00.000Z'
  const annotations = Array.from({ length: 4 }, (_, k) => {
    const start = k * SENTENCE.length + 4
    const { position, quote } = buildSelectors(text, asCodePoint(start), asCodePoint(start + 'Xinxiang Council'.length))
    const target = { source: 'original', position, quote }
    return { id: `n_${k}`, type: 'ORG', target, entity: null, note: '', attributes: {}, orphan: false, createdAt: at, createdBy: 'bench', modifiedAt: at }
  })
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title: `Synthetic article ${i}`,
      date: '2024-05-01',
      source: 'Bench Daily',
      language: 'en',
      tags: [],
      importedAt: at,
      origin: { fileName: `${id}.txt`, sha256: 'b'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    versions: [{ id: 'original', lang: 'en', role: 'original', origin: 'unknown', text }],
    annotations,
    relations: [],
    alignments: [],
    history: []
  }
}

/** The rename from `from` to `to`, as after-images of the registry and every article. */
function renamed(registry: RegistryDoc, docs: ArticleDoc[], from: string, to: string): { registry: RegistryDoc; docs: ArticleDoc[] } {
  const types = registry.schema.types.map((t) => (t.name === from ? { ...t, name: to } : t))
  return {
    registry: { ...registry, schema: { ...registry.schema, types } },
    docs: docs.map((doc) => ({ ...doc, annotations: doc.annotations.map((a) => (a.type === from ? { ...a, type: to } : a)) }))
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'scriptorium-bench-journal-'))
  try {
    const archive = await Archive.open(join(dir, 'archive'), { seed: () => Array.from({ length: COUNT }, (_, i) => synthetic(i)) })
    await archive.updateRegistry((registry) => ({ ...registry, schema: DEFAULT_SCHEMA }))
    const ids = archive.list().map((a) => a.id)
    let docs = await Promise.all(ids.map((id) => archive.read(id)))
    const timings = { journal: [] as number[], direct: [] as number[], plan: [] as number[] }
    let names = ['ORG', 'ORGANISATION']
    for (let round = 0; round < ROUNDS * 2; round++) {
      const next = renamed(archive.registry(), docs, names[0]!, names[1]!)
      const started = performance.now()
      if (round % 2 === 0) {
        await archive.compound(ids, async () => ({ change: { label: 'schema.update', registry: next.registry, articles: next.docs }, value: null }))
        timings.journal.push(performance.now() - started)
        // The journal's own share: the same plan written durably and removed, nothing applied.
        const plan = JSON.stringify({ steps: compoundSteps(next.registry, next.docs, {}) })
        const planStarted = performance.now()
        await writeFileDurable(join(dir, 'plan.json'), plan)
        await unlink(join(dir, 'plan.json'))
        await fsyncDir(dir)
        timings.plan.push(performance.now() - planStarted)
      } else {
        await archive.updateRegistry(() => next.registry)
        for (const doc of next.docs) await archive.update(doc.article.id, () => doc)
        timings.direct.push(performance.now() - started)
      }
      docs = next.docs
      names = [names[1]!, names[0]!]
    }
    await archive.close()
    const journal = median(timings.journal)
    const direct = median(timings.direct)
    console.log(`   compound change over ${COUNT} articles + the registry (median of ${ROUNDS}):`)
    console.log(`   through the journal      ${journal.toFixed(0)} ms`)
    console.log(`   file by file, no journal ${direct.toFixed(0)} ms`)
    const plan = median(timings.plan)
    console.log(`   ratio ${(journal / direct).toFixed(2)}× (goal ≤ 1.2×): the journal's files are written 8 at a time, each folder fsynced once`)
    console.log(`   the plan alone (written durably, removed) ${plan.toFixed(0)} ms: ${((100 * plan) / journal).toFixed(0)}% of the journaled change,`)
    console.log(`   so applying the same files at the same concurrency without a plan would take ≈ ${(journal - plan).toFixed(0)} ms (ratio ${(journal / (journal - plan)).toFixed(2)}×)`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

await main()
