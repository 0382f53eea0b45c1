import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCHEMA } from '@shared/model'
import { articleId, DUPLICATE, KEPT, placeRange, RENAMED, snapshot, writeFixture, type Snapshot } from './compound-fixture'
import { CLI, killDuring, requireBuild, seeded, serve, type Served } from './support'

/**
 * SIGKILLs `scriptorium serve` (the BUILT command line) at random moments while it applies
 * a compound change over many articles — a schema rename, an entity merge, a split, tag all
 * occurrences across the archive, deleting articles, deleting an entity — then opens the archive: it must be wholly as before the
 * change or wholly as after it, every annotation's type in the schema and every linked
 * entity in the registry. CRASH_COMPOUND_TRIALS and CRASH_SEED override the defaults.
 */
const TRIALS = Number(process.env.CRASH_COMPOUND_TRIALS ?? 30) // six kinds of change: 180 kills per run, enough to check both sides of each
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
const ARTICLES = 40
const { random } = seeded(SEED)

type State = 'before' | 'after'
interface Change {
  name: string
  operation: string
  input: unknown
  /** 'before', 'after', or what is mixed about the state. */
  state(s: Snapshot): State | string
}

const renamedSchema = { ...DEFAULT_SCHEMA, types: DEFAULT_SCHEMA.types.map((t) => (t.name === RENAMED.from ? { ...t, name: RENAMED.to } : t)) }
const count = <T>(list: T[], test: (item: T) => boolean): number => list.filter(test).length
const DELETED = Array.from({ length: ARTICLES / 2 }, (_, i) => articleId(i * 2))

const CHANGES: Change[] = [
  {
    name: 'schema rename',
    operation: 'updateSchema',
    input: { schema: renamedSchema, renames: { [RENAMED.from]: RENAMED.to } },
    state: (s) => {
      const old = count(s.annotations, (a) => a.type === RENAMED.from)
      const renamed = count(s.annotations, (a) => a.type === RENAMED.to)
      if (s.types.includes(RENAMED.from) && !s.types.includes(RENAMED.to) && old === ARTICLES) return 'before'
      if (s.types.includes(RENAMED.to) && !s.types.includes(RENAMED.from) && renamed === ARTICLES) return 'after'
      return `schema ${s.types.join(',')}; ${old} annotations typed ${RENAMED.from}, ${renamed} ${RENAMED.to}`
    }
  },
  {
    name: 'entity merge',
    operation: 'mergeEntities',
    input: { from: DUPLICATE, into: KEPT },
    state: (s) => {
      const there = s.entities.some((e) => e.id === DUPLICATE)
      const dup = count(s.annotations, (a) => a.entity === DUPLICATE)
      const kept = count(s.annotations, (a) => a.entity === KEPT)
      if (there && dup === ARTICLES && kept === ARTICLES) return 'before'
      if (!there && dup === 0 && kept === 2 * ARTICLES) return 'after'
      return `duplicate ${there ? 'in' : 'gone from'} the registry; ${dup} links to it, ${kept} to the kept one`
    }
  },
  {
    name: 'mention split',
    operation: 'splitMention',
    input: { articleId: articleId(5), annotationId: 'n_kept' },
    state: (s) => {
      const mention = s.annotations.find((a) => a.articleId === articleId(5) && a.id === 'n_kept')
      const added = s.entities.filter((e) => e.id !== KEPT && e.id !== DUPLICATE)
      if (added.length === 0 && mention?.entity === KEPT) return 'before'
      if (added.length === 1 && mention?.entity === added[0]!.id) return 'after'
      return `${added.length} new entities; the mention links to ${mention?.entity}`
    }
  },
  {
    name: 'tag all occurrences across the archive',
    operation: 'tagOccurrences',
    input: {
      articleId: articleId(0),
      annotationId: 'n_place',
      items: Array.from({ length: ARTICLES - 1 }, (_, i) => ({ articleId: articleId(i + 1), source: 'original', ...placeRange(i + 1) }))
    },
    state: (s) => {
      const places = count(s.annotations, (a) => a.type === 'PLACE')
      return places === 1 ? 'before' : places === ARTICLES ? 'after' : `${places} of ${ARTICLES} articles tagged`
    }
  },
  {
    name: 'delete half the articles',
    operation: 'deleteArticles',
    input: { ids: DELETED },
    state: (s) => {
      const listed = count(DELETED, (id) => s.articles.includes(id))
      const trashed = count(DELETED, (id) => s.trashedArticles.includes(id))
      if (s.articles.length === ARTICLES && trashed === 0) return 'before'
      if (s.articles.length === ARTICLES - DELETED.length && listed === 0 && trashed === DELETED.length) return 'after'
      return `${s.articles.length} articles listed, ${listed} of the deleted among them, ${trashed} in the trash`
    }
  },
  {
    name: 'delete an entity linked in every article',
    operation: 'deleteEntity',
    input: { id: DUPLICATE },
    state: (s) => {
      const there = s.entities.some((e) => e.id === DUPLICATE)
      const links = count(s.annotations, (a) => a.entity === DUPLICATE)
      const trashed = s.trashedEntities.includes(DUPLICATE)
      if (there && links === ARTICLES && !trashed) return 'before'
      if (!there && links === 0 && trashed) return 'after'
      return `entity ${there ? 'in' : 'gone from'} the registry, ${links} links to it, ${trashed ? 'in' : 'not in'} the trash`
    }
  }
]

/** Whatever the moment of the kill: nothing quarantined, no type or entity that does not exist. */
function expectConsistent(s: Snapshot, label: string): void {
  expect(s.quarantined, `${label}: quarantined`).toEqual([])
  // A crash may leave the catalog's counts behind (refreshed on open); nothing may be lost or restored.
  expect(s.damage.filter((note) => note.kind !== 'catalogRefreshed'), `${label}: losses or repairs`).toEqual([])
  const types = new Set(s.types)
  const entities = new Set(s.entities.map((e) => e.id))
  expect(s.annotations.filter((a) => !types.has(a.type)), `${label}: annotations of a type the schema lacks`).toEqual([])
  expect(s.annotations.filter((a) => a.entity !== null && !entities.has(a.entity)), `${label}: links to missing entities`).toEqual([])
}

let root: string
let template: string
const stats = new Map<string, { before: number; after: number; finished: number; recovered: number }>()

describe('crash: SIGKILL during compound changes (`scriptorium serve`)', () => {
  beforeAll(async () => {
    requireBuild()
    root = await mkdtemp(join(tmpdir(), 'scriptorium-crash-compound-'))
    template = join(root, 'template')
    await writeFixture(template, ARTICLES)
    console.log(`compound crash test: ${CLI}, ${TRIALS} trials per change, ${ARTICLES} articles, seed ${SEED} (replay with CRASH_SEED=${SEED})`)
  })

  afterAll(async () => {
    for (const [name, s] of stats) {
      console.log(`compound crash test, ${name}: ${s.before} wholly before, ${s.after} wholly after (${s.recovered} finished on open from the journal, ${s.finished} answered before the kill)`)
    }
    if (root) await rm(root, { recursive: true, force: true })
  })

  describe.each(CHANGES)('$name', (change) => {
    let window = 0
    const tally = { before: 0, after: 0, finished: 0, recovered: 0 }
    stats.set(change.name, tally)
    // Starting the command line is most of a trial: the next trial's server starts while this one runs.
    const prepared = new Map<number, Promise<Served>>()
    const prepare = (trial: number): Promise<Served> => {
      const dir = join(root, `${change.operation}-${trial}`)
      const ready = cp(template, dir, { recursive: true }).then(() => serve(dir, join(root, 'home')))
      ready.catch(() => undefined) // awaited by its trial, which reports the failure
      prepared.set(trial, ready)
      return ready
    }

    it('runs to the end when not killed, and says how long it takes', async () => {
      const dir = join(root, `${change.operation}-whole`)
      await cp(template, dir, { recursive: true })
      expect(change.state(await snapshot(dir))).toBe('before')
      const server = await serve(dir, join(root, 'home'))
      const started = performance.now()
      const answer = (await server.call(change.operation, change.input)) as { ok: boolean }
      window = performance.now() - started
      expect(answer.ok, JSON.stringify(answer)).toBe(true)
      server.child.kill('SIGKILL')
      await server.exited
      expect(change.state(await snapshot(dir))).toBe('after')
    })

    it.each(Array.from({ length: TRIALS }, (_, trial) => trial))('killed at a random moment, trial %i', async (trial) => {
      const dir = join(root, `${change.operation}-${trial}`)
      const server = await (prepared.get(trial) ?? prepare(trial))
      if (trial + 1 < TRIALS) void prepare(trial + 1)
      // From the request to a little past the usual answer: before, during and after the writes.
      const delay = random() * window * 1.3
      const answered = await killDuring(server, change.operation, change.input, delay)
      const state = await snapshot(dir)
      const label = `kill ${delay.toFixed(1)} ms after the request${answered ? ' (answered)' : ''}`
      expectConsistent(state, label)
      const verdict = change.state(state)
      expect(['before', 'after'], `${label}: ${verdict}`).toContain(verdict)
      if (answered) expect(verdict, `${label}: an answered change is durable`).toBe('after')
      tally[verdict as State] += 1
      tally.finished += Number(answered)
      tally.recovered += state.journals
      await rm(dir, { recursive: true, force: true })
    })
  })

  it('killed before, during and after the writes: some trials ended before, some after, some finished from the journal', () => {
    const all = [...stats.values()]
    expect(all.reduce((n, s) => n + s.before + s.after, 0)).toBe(TRIALS * CHANGES.length)
    if (TRIALS >= 30) {
      expect(all.reduce((n, s) => n + s.before, 0), 'kills before a change landed').toBeGreaterThan(0)
      expect(all.reduce((n, s) => n + s.after, 0), 'kills after a change landed').toBeGreaterThan(0)
      expect(all.reduce((n, s) => n + s.recovered, 0), 'kills while a change was being applied').toBeGreaterThan(0)
    }
  })
})
