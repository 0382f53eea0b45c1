import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Archive } from '../../src/main/archive'
import { articleId, writeFixture } from './compound-fixture'
import { CLI, killDuring, requireBuild, seeded, serve, type Served } from './support'

/**
 * SIGKILLs `scriptorium serve` (the BUILT command line) at random moments while it applies a
 * batch action over every article of the library — tagging them, linking their mentions to an
 * entity — then opens the archive: every article must carry the change, or none of them, with
 * nothing quarantined or lost. Few trials (the CI's time is short): CRASH_BATCH_TRIALS and
 * CRASH_SEED override them.
 */
const TRIALS = Math.min(10, Number(process.env.CRASH_BATCH_TRIALS ?? 6))
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
const ARTICLES = 40
const COUNCIL = 'e_council'
const IDS = Array.from({ length: ARTICLES }, (_, i) => articleId(i))
const { random } = seeded(SEED)

interface State {
  tagged: number
  linked: number
  quarantined: number
  damage: string[]
}

/** How many articles carry the tag, how many council mentions are linked, after the archive's own open. */
async function stateOf(dir: string): Promise<State> {
  const archive = await Archive.open(dir)
  try {
    let tagged = 0
    let linked = 0
    for (const { id } of archive.list()) {
      const doc = await archive.read(id)
      tagged += Number(doc.article.tags.includes('flood relief'))
      linked += doc.annotations.filter((a) => a.entity === COUNCIL).length
    }
    // A crash may leave the catalog's counts behind (refreshed on open); nothing may be lost or restored.
    const damage = archive.report.damage.filter((note) => note.kind !== 'catalogRefreshed').map((note) => `${note.kind} ${note.file}`)
    return { tagged, linked, quarantined: archive.report.quarantined.length, damage }
  } finally {
    await archive.close()
  }
}

const CHANGES = [
  { name: 'tag every article', operation: 'tagArticles', input: { ids: IDS, add: ['flood relief'] }, count: (s: State) => s.tagged },
  // The unlinked "Xinxiang Council" of every article, found by the entity's English name in another case.
  { name: 'link a mention in every article', operation: 'linkMentions', input: { ids: IDS, entity: COUNCIL }, count: (s: State) => s.linked }
]

let root: string
let template: string

describe('crash: SIGKILL during batch actions (`scriptorium serve`)', () => {
  beforeAll(async () => {
    requireBuild()
    root = await mkdtemp(join(tmpdir(), 'scriptorium-crash-batch-'))
    template = join(root, 'template')
    await writeFixture(template, ARTICLES)
    const archive = await Archive.open(template)
    await archive.updateRegistry((registry) => ({
      ...registry,
      entities: [...registry.entities, { id: COUNCIL, type: 'ORG', name: '新乡市议会', names: { en: 'XINXIANG COUNCIL' }, aliases: [], identifiers: {}, description: '' }]
    }))
    await archive.close()
    console.log(`batch crash test: ${CLI}, ${TRIALS} trials per action, ${ARTICLES} articles, seed ${SEED} (replay with CRASH_SEED=${SEED})`)
  })

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true })
  })

  describe.each(CHANGES)('$name', (change) => {
    let window = 0
    const seen = { none: 0, all: 0 }

    const start = async (name: string): Promise<{ dir: string; server: Served }> => {
      const dir = join(root, `${change.operation}-${name}`)
      await cp(template, dir, { recursive: true })
      return { dir, server: await serve(dir, join(root, 'home')) }
    }

    it('runs to the end when not killed, on every article', async () => {
      const { dir, server } = await start('whole')
      const started = performance.now()
      const answer = (await server.call(change.operation, change.input)) as { ok: boolean; value: { changed: number } }
      window = performance.now() - started
      expect(answer.ok, JSON.stringify(answer)).toBe(true)
      expect(answer.value.changed).toBe(ARTICLES)
      server.child.kill('SIGKILL')
      await server.exited
      expect(change.count(await stateOf(dir))).toBe(ARTICLES)
    })

    it.each(Array.from({ length: TRIALS }, (_, trial) => trial))('killed at a random moment, trial %i: every article or none', async (trial) => {
      const { dir, server } = await start(String(trial))
      const delay = random() * window * 1.3
      const answered = await killDuring(server, change.operation, change.input, delay)
      const state = await stateOf(dir)
      const label = `kill ${delay.toFixed(1)} ms after the request${answered ? ' (answered)' : ''}`
      expect(state.quarantined, `${label}: quarantined`).toBe(0)
      expect(state.damage, `${label}: losses or repairs`).toEqual([])
      const count = change.count(state)
      expect([0, ARTICLES], `${label}: ${count} of ${ARTICLES} articles changed`).toContain(count)
      if (answered) expect(count, `${label}: an answered change is durable`).toBe(ARTICLES)
      seen[count === 0 ? 'none' : 'all'] += 1
      await rm(dir, { recursive: true, force: true })
    })

    it('reports what the kills found', () => {
      console.log(`batch crash test, ${change.name}: ${seen.none} with no article changed, ${seen.all} with every article changed`)
      expect(seen.none + seen.all).toBe(TRIALS)
    })
  })
})
