import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Archive } from '../../src/main/archive'

/**
 * SIGKILLs `scriptorium list` (the BUILT command line) while it makes a new archive with its
 * four sample articles: afterwards there is no archive or the whole one, never one with some
 * of the samples, and the next run makes it whole and removes what the killed one left.
 * NEW_ARCHIVE_TRIALS and CRASH_SEED override the defaults.
 */
const REPO = fileURLToPath(new URL('../..', import.meta.url))
const CLI = process.env.CRASH_CLI ? resolve(process.env.CRASH_CLI) : join(REPO, 'out', 'main', 'cli.js')
const TRIALS = Number(process.env.NEW_ARCHIVE_TRIALS ?? 24)
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
const SAMPLES = ['sample-1', 'sample-2', 'sample-3', 'sample-4']

let state = SEED || 1
const random = (): number => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31

let root: string
/** How long one whole run takes here, so that the other kills are spread over a run. */
let wholeRunMs = 0
const stats = { midCreation: 0, none: 0, whole: 0 }

/** When to kill: a delay after spawn, or after the first folder of the new archive appears. */
type Kill = { after: 'spawn' | 'creating'; ms: number }

function listNew(archive: string, home: string, kill?: Kill): Promise<{ killed: boolean; code: number | null; stderr: string; ms: number }> {
  const started = performance.now()
  const child = spawn(process.execPath, [CLI, 'list', '--json', '--archive', archive], {
    env: { ...process.env, SCRIPTORIUM_HOME: home, SCRIPTORIUM_ARCHIVE: '', LANG: 'C', LC_ALL: '' },
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let killed = false
  const timers: NodeJS.Timeout[] = []
  const killLater = (ms: number) => timers.push(setTimeout(() => (killed = child.exitCode === null && child.kill('SIGKILL')), ms))
  if (kill?.after === 'spawn') killLater(kill.ms)
  if (kill?.after === 'creating') {
    const watch = setInterval(() => {
      // Whichever comes first: the archive folder itself, or a hidden one it is made in.
      if (readdirSync(root).some((name) => name === basename(archive) || name.startsWith(`.${basename(archive)}.creating-`))) {
        clearInterval(watch)
        killLater(kill.ms)
      }
    }, 1)
    timers.push(watch)
  }
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => {
      for (const timer of timers) clearTimeout(timer)
      resolve({ killed, code, stderr, ms: performance.now() - started })
    })
  })
}

const halfMade = async (archive: string) => (await readdir(root)).filter((name) => name.startsWith(`.${basename(archive)}.creating-`))

/** The archive holds exactly the four samples, readable, with nothing quarantined. */
async function expectWhole(dir: string): Promise<void> {
  const archive = await Archive.open(dir)
  try {
    expect(archive.report.quarantined).toEqual([])
    expect(archive.list().map((s) => s.id).sort()).toEqual(SAMPLES)
    for (const id of SAMPLES) await archive.read(id)
  } finally {
    await archive.close()
  }
}

describe('crash: SIGKILL while a new archive is made', () => {
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`The crash test runs the built command line, and ${CLI} is missing: run \`npx electron-vite build\` first.`)
    root = await mkdtemp(join(tmpdir(), 'scriptorium-new-archive-'))
    const run = await listNew(join(root, 'measure'), join(root, 'home-measure'))
    expect(run.code, run.stderr).toBe(0)
    wholeRunMs = run.ms
    console.log(`new-archive crash test: ${TRIALS} trials, seed ${SEED}, a whole run takes ${Math.round(wholeRunMs)} ms`)
  })

  afterAll(async () => {
    console.log(`new-archive crash test: ${stats.midCreation} killed while making it, ${stats.none} before, ${stats.whole} after`)
    if (root) await rm(root, { recursive: true, force: true })
  })

  it.each(Array.from({ length: TRIALS }, (_, trial) => ({ trial })))('trial $trial', async ({ trial }) => {
    const archive = join(root, `archive-${trial}`)
    const home = join(root, `home-${trial}`)
    // Most kills land while the samples are written; the rest anywhere in the run.
    const kill: Kill = random() < 0.75 ? { after: 'creating', ms: Math.floor(random() * 40) } : { after: 'spawn', ms: Math.round(wholeRunMs * random() * 1.2) }
    const run = await listNew(archive, home, kill)
    if (!run.killed) expect(run.code, run.stderr).toBe(0)

    const leftovers = await halfMade(archive)
    if (existsSync(archive)) {
      stats.whole += 1
      await expectWhole(archive)
    } else {
      stats[leftovers.length > 0 ? 'midCreation' : 'none'] += 1
      const again = await listNew(archive, home)
      expect(again.code, again.stderr).toBe(0)
      await expectWhole(archive)
      expect(await halfMade(archive), 'the half-made archive of the killed run is removed').toEqual([])
    }
  })

  it('killed some runs while the archive was being made', () => {
    expect(stats.midCreation + stats.none + stats.whole).toBe(TRIALS)
    expect(stats.midCreation).toBeGreaterThanOrEqual(Math.ceil(TRIALS / 6))
  })
})
