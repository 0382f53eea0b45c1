import { spawn } from 'node:child_process'
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCHEMA } from '@shared/model'
import { Archive } from '../../src/main/archive/archive'
import { articleId, DUPLICATE, KEPT, snapshot, writeFixture, type Snapshot } from './compound-fixture'
import { CLI, cliEnv, closed, requireBuild, seeded } from './support'

/**
 * SIGKILLs `scriptorium import BUNDLE.zip` (the BUILT command line) at random moments: while it
 * starts, verifies the bundle in its worker, reads the articles again and stages each merged
 * one on disk, writes the plan and places the staged files (one compound change of every
 * article and the registry). The archive must then be wholly as before the import or wholly as
 * after it, with nothing staged left behind. Enough articles that staging takes a good part of
 * the run. CRASH_COMPOUND_TRIALS and CRASH_SEED override the defaults.
 */
const TRIALS = Number(process.env.CRASH_COMPOUND_TRIALS ?? 30)
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
const ARTICLES = 120
const NEW_TYPE = 'VENUE'
const { random } = seeded(SEED)

const run = (args: string[], home: string) => {
  const child = spawn(process.execPath, [CLI, ...args], { env: cliEnv(home), stdio: 'ignore' })
  return { child, exited: closed(child) }
}

function state(s: Snapshot): 'before' | 'after' | string {
  const present = s.articles.filter((id) => id.startsWith('crash-')).length
  const entities = s.entities.filter((e) => e.id === KEPT || e.id === DUPLICATE).length
  const typed = s.types.includes(NEW_TYPE)
  if (present === 0 && entities === 0 && !typed) return 'before'
  if (present === ARTICLES && entities === 2 && typed && s.annotations.filter((a) => a.articleId.startsWith('crash-')).length === annotations) return 'after'
  return `${present} of ${ARTICLES} articles, ${entities} of 2 entities, ${typed ? 'with' : 'without'} the new type`
}

let root: string
/** How many annotations the bundle's articles carry. */
let annotations = 0
let bundle: string
let empty: string
let window = 0
const home = () => join(root, 'home')
const tally = { before: 0, after: 0, recovered: 0, staged: 0 }

describe('crash: SIGKILL during `scriptorium import BUNDLE.zip`', () => {
  beforeAll(async () => {
    requireBuild()
    root = await mkdtemp(join(tmpdir(), 'scriptorium-crash-bundle-'))
    const source = join(root, 'source')
    await writeFixture(source, ARTICLES)
    const archive = await Archive.open(source)
    await archive.updateRegistry((registry) => ({ ...registry, schema: { ...DEFAULT_SCHEMA, types: [...DEFAULT_SCHEMA.types, { name: NEW_TYPE, color: '#123456', shortcut: null, description: '' }] } }))
    await archive.close()
    annotations = (await snapshot(source)).annotations.length
    bundle = join(root, 'bundle.zip')
    const ids = Array.from({ length: ARTICLES }, (_, i) => articleId(i))
    expect(await run(['export', ...ids, '--out', bundle, '--archive', source], home()).exited).toBe(0)
    empty = join(root, 'empty')
    expect(await run(['list', '--archive', empty], home()).exited).toBe(0)
    console.log(`bundle crash test: ${CLI}, ${TRIALS} trials, ${ARTICLES} articles, seed ${SEED} (replay with CRASH_SEED=${SEED})`)
  })

  afterAll(async () => {
    console.log(`bundle crash test: ${tally.before} wholly before, ${tally.after} wholly after (${tally.recovered} finished on open from the journal; ${tally.staged} killed with staged files or a plan in journal/)`)
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('runs to the end when not killed, and says how long it takes', async () => {
    const dir = join(root, 'whole')
    await cp(empty, dir, { recursive: true })
    expect(state(await snapshot(dir))).toBe('before')
    const started = performance.now()
    expect(await run(['import', bundle, '--archive', dir], home()).exited).toBe(0)
    window = performance.now() - started
    expect(state(await snapshot(dir))).toBe('after')
  })

  it.each(Array.from({ length: TRIALS }, (_, trial) => trial))('killed at a random moment, trial %i', async (trial) => {
    const dir = join(root, `trial-${trial}`)
    await cp(empty, dir, { recursive: true })
    // Mostly past the start-up, into the verification and the writes, and a little beyond.
    const delay = window * (0.3 + random() * 1.0)
    const { child, exited } = run(['import', bundle, '--archive', dir], home())
    setTimeout(() => child.kill('SIGKILL'), delay)
    const code = await exited
    // Killed while staging merged articles, or with a plan not yet applied: the open must clear it.
    if ((await readdir(join(dir, 'journal'))).length > 0) tally.staged += 1
    const s = await snapshot(dir)
    const label = `kill ${delay.toFixed(0)} ms after the start${code === 0 ? ' (finished)' : ''}`
    expect(s.quarantined, `${label}: quarantined`).toEqual([])
    expect(s.damage.filter((note) => note.kind !== 'catalogRefreshed'), `${label}: losses or repairs`).toEqual([])
    const verdict = state(s)
    expect(['before', 'after'], `${label}: ${verdict}`).toContain(verdict)
    expect(await readdir(join(dir, 'journal')), `${label}: plans or staged files left after the open`).toEqual([])
    if (code === 0) expect(verdict, `${label}: a finished import is durable`).toBe('after')
    tally[verdict as 'before' | 'after'] += 1
    tally.recovered += s.journals
    await rm(dir, { recursive: true, force: true })
  })

  it('killed before and after the writes landed', () => {
    expect(tally.before + tally.after).toBe(TRIALS)
    if (TRIALS >= 30) {
      expect(tally.before, 'kills before the import landed').toBeGreaterThan(0)
      expect(tally.after, 'kills after the import landed').toBeGreaterThan(0)
    }
  })
})
