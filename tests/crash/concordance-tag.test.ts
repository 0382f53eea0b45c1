import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshot, writeFixture } from './compound-fixture'
import { callOk, CLI, requireBuild, seeded, serve, stop } from './support'

/**
 * SIGKILLs `scriptorium serve` (the BUILT command line) at random moments while it applies a
 * concordance's "tag these" to an occurrence in each of many articles: one compound change.
 * After the archive's own open (which finishes a journaled change) it must hold all of those
 * annotations or none, with no plan left in the journal and nothing quarantined. Few trials (CI time is tight): CRASH_CONCORDANCE_TRIALS
 * (default 8, at most 10 unless set) and CRASH_SEED override them.
 */
const TRIALS = Number(process.env.CRASH_CONCORDANCE_TRIALS ?? 8)
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
const ARTICLES = 40
const TYPE = 'EVENT'
const { random } = seeded(SEED)

interface Item {
  articleId: string
  version: string
  start: number
  end: number
  match: string
}

let root: string
let template: string
let items: Item[] = []
let window = 0
const home = () => join(root, 'home')
const tally = { none: 0, all: 0, recovered: 0 }

/** How many of the tagged occurrences the archive holds after its own open (which finishes a journaled change), and what else it found. */
async function inspect(dir: string) {
  const s = await snapshot(dir)
  const pending = await readdir(join(dir, 'journal')).catch(() => [])
  tally.recovered += s.journals
  return { tagged: s.annotations.filter((a) => a.type === TYPE).length, pending, quarantined: s.quarantined, damage: s.damage.filter((d) => d.kind !== 'catalogRefreshed') }
}

describe('crash: SIGKILL during "tag these" from the concordance (`scriptorium serve`)', () => {
  beforeAll(async () => {
    requireBuild()
    root = await mkdtemp(join(tmpdir(), 'scriptorium-crash-concordance-'))
    template = join(root, 'template')
    await writeFixture(template, ARTICLES)
    const server = await serve(template, home())
    try {
      const found = await callOk<{ lines: Array<{ id: string; version: string; start: number; end: number; match: string }> }>(server, 'concordance', { query: 'volunteers' })
      items = found.lines.map(({ id, version, start, end, match }) => ({ articleId: id, version, start, end, match }))
    } finally {
      await stop(server)
    }
    expect(items).toHaveLength(ARTICLES)
    console.log(`concordance crash test: ${CLI}, ${TRIALS} trials tagging ${ARTICLES} articles at once, seed ${SEED} (replay with CRASH_SEED=${SEED})`)
  })

  afterAll(async () => {
    console.log(`concordance crash test: ${tally.none} trials left nothing, ${tally.all} every annotation (${tally.recovered} finished from the journal on open)`)
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('tags every occurrence when not killed, and says how long it takes', async () => {
    const dir = join(root, 'whole')
    await cp(template, dir, { recursive: true })
    const server = await serve(dir, home())
    const started = performance.now()
    const done = await callOk<{ tagged: number; articles: number }>(server, 'tagConcordance', { items, type: TYPE })
    window = performance.now() - started
    await stop(server)
    expect(done).toMatchObject({ tagged: ARTICLES, articles: ARTICLES })
    expect(await inspect(dir)).toEqual({ tagged: ARTICLES, pending: [], quarantined: [], damage: [] })
  })

  it('leaves all of the annotations or none, whenever it is killed', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = join(root, `trial-${trial}`)
      await cp(template, dir, { recursive: true })
      const server = await serve(dir, home())
      const sent = server.call('tagConcordance', { items, type: TYPE }).catch(() => null)
      await new Promise((resolve) => setTimeout(resolve, random() * window))
      await stop(server)
      await sent
      const state = await inspect(dir)
      expect({ ...state, tagged: undefined }, `trial ${trial} (seed ${SEED})`).toEqual({ tagged: undefined, pending: [], quarantined: [], damage: [] })
      expect([0, ARTICLES], `trial ${trial} (seed ${SEED}): ${state.tagged} of ${ARTICLES} tagged`).toContain(state.tagged)
      tally[state.tagged === 0 ? 'none' : 'all'] += 1
      await rm(dir, { recursive: true, force: true })
    }
  }, 240_000)
})
