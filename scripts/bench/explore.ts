/**
 * Explore bench: the figures of the Explore view (articles per month, an entity's mentions per
 * month, the co-occurrence graph cut to the top 30) at 10,000 and 50,000 generated articles (EXPLORE_BENCH_SIZES=50000: one size),
 * computed by the ExploreService over a mention index held in memory as the app holds it.
 * Full is the first call (every article's pairs counted: what any change cost before the
 * graph was kept up to date); after an edit, one article changed and only it is counted again;
 * warm is a filter moved or another entity picked (the counted graph is reused). The baseline,
 * in the same run, is one plain pass over every linked mention that only counts them: the
 * floor of any computation that looks at each mention once. Prints figures, never asserts.
 * Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/explore.ts
 */
import { performance } from 'node:perf_hooks'
import type { Archive } from '../../src/main/archive/archive'
import type { IndexedArticle, MentionIndex } from '../../src/main/services/annotation/mention-index'
import { ExploreService } from '../../src/main/services/explore/explore-service'
import type { ArticleSummary, Entity, RegistryDoc } from '../../src/shared/model'
import { DEFAULT_SCHEMA } from '../../src/shared/model'

const SIZES = (process.env.EXPLORE_BENCH_SIZES ?? '10000,50000').split(',').map(Number)
const ENTITY_COUNT = 3_000
const RUNS = 20
const TYPES = ['PERSON', 'ORG', 'PLACE']

/** A small deterministic generator, so every run measures the same archive. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

interface World {
  summaries: ArticleSummary[]
  indexed: IndexedArticle[]
  registry: RegistryDoc
}

/** Articles from 2015 to 2024 (3 % undated), each naming 0–8 entities 1–3 times; a few entities are named far more than most. */
function generate(count: number): World {
  const next = random(count)
  const entities: Entity[] = Array.from({ length: ENTITY_COUNT }, (_, i) => ({
    id: `e${i}`, type: TYPES[i % TYPES.length]!, name: `Entity ${i}`, names: {}, aliases: [], identifiers: {}, description: ''
  }))
  const summaries: ArticleSummary[] = []
  const indexed: IndexedArticle[] = []
  for (let i = 0; i < count; i++) {
    const id = `a${i}`
    const date = next() < 0.03 ? null : `${2015 + Math.floor(next() * 10)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`
    const annotations: IndexedArticle['annotations'] = []
    const named = Math.floor(next() * 9)
    for (let k = 0; k < named; k++) {
      // Squaring skews the choice towards low ids: the frequently named entities.
      const entity = Math.floor(next() ** 2 * ENTITY_COUNT)
      const times = 1 + Math.floor(next() * 3)
      for (let m = 0; m < times; m++) annotations.push({ id: `${id}-${k}-${m}`, type: TYPES[entity % TYPES.length]!, entity: `e${entity}`, exact: `Entity ${entity}` })
    }
    summaries.push({ id, title: id, date, source: '', language: 'en', annotationCount: annotations.length } as ArticleSummary)
    if (annotations.length > 0) indexed.push({ id, title: id, date, annotations })
  }
  return { summaries, indexed, registry: { schemaVersion: 2, schema: DEFAULT_SCHEMA, entities } as RegistryDoc }
}

/**
 * Services over the generated world; `change(n)` stands for one edited article: the mention
 * index replaces its entry (here: one of its mentions linked to another entity) and moves on.
 */
function servicesOver(world: World): { service: () => ExploreService; change: (n: number) => void } {
  let revision = 0
  const index = { ensure: async () => undefined, all: () => world.indexed.values(), get revision() { return revision } }
  const archive = { registry: () => world.registry, list: () => world.summaries, read: async () => { throw new Error('the article graph reads no shard') } }
  const change = (n: number) => {
    const at = (n * 7919) % world.indexed.length
    const old = world.indexed[at]!
    const annotations = old.annotations.map((a, i) => (i === 0 ? { ...a, entity: `e${(n * 31) % ENTITY_COUNT}` } : a))
    world.indexed[at] = { ...old, annotations }
    revision++
  }
  return { service: () => new ExploreService(archive as unknown as Archive, index as unknown as MentionIndex), change }
}

/** Counts every linked mention, and nothing else: the baseline. */
function plainPass(world: World): number {
  let linked = 0
  for (const article of world.indexed) for (const a of article.annotations) if (a.entity !== null) linked++
  return linked
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

for (const size of SIZES) {
  const world = generate(size)
  const mentions = plainPass(world)
  const services = servicesOver(world)
  const service = services.service()
  await service.explore({})
  const baseline: number[] = []
  const full: number[] = []
  const edited: number[] = []
  const warm: number[] = []
  const entity: number[] = []
  for (let run = 0; run < RUNS; run++) {
    baseline.push(await time(() => plainPass(world)))
    full.push(await time(() => services.service().explore({})))
    services.change(run)
    edited.push(await time(() => service.explore({})))
    warm.push(await time(() => service.explore({ types: ['PERSON'], minWeight: 2, limit: 50 })))
    entity.push(await time(() => service.explore({ entity: `e${run}` })))
  }
  const data = await service.explore({})
  const floor = median(baseline)
  console.log(`\n${size.toLocaleString('en')} articles, ${world.indexed.length.toLocaleString('en')} with mentions, ${mentions.toLocaleString('en')} linked mentions of ${ENTITY_COUNT.toLocaleString('en')} entities; ${data.months.length} months, top ${data.nodes.length} nodes, ${data.edges.length} edges among them`)
  console.log(`  plain pass over every mention (baseline)   ${ms(floor).padStart(10)}`)
  const rows = [
    ['before: whole graph counted after any change', full],
    ['after one edit: that article counted again', edited],
    ['warm: a filter moved (graph reused)', warm],
    ['another entity picked (timeline again)', entity]
  ] as const
  for (const [name, values] of rows) {
    console.log(`  ${name.padEnd(46)} ${ms(median(values)).padStart(10)}  (${(median(values) / floor).toFixed(1)}× the baseline)`)
  }
  console.log(`  an edit costs ${(median(full) / median(edited)).toFixed(1)}× less than counting the whole graph again`)
}
