import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Archive } from '../../src/main/archive'

/**
 * SIGKILLs `scriptorium import --json` (the BUILT command line) at random moments, then opens
 * the archive: no unreadable shard, nothing quarantined, every printed article present, and
 * the stale lock of the killed process taken over. CRASH_TRIALS and CRASH_SEED override the
 * defaults; the seed is printed so a failing run can be replayed.
 */
const REPO = fileURLToPath(new URL('../..', import.meta.url))
/** CRASH_CLI points the test at another build (e.g. a deliberately broken one, to see it fail). */
const CLI = process.env.CRASH_CLI ? resolve(process.env.CRASH_CLI) : join(REPO, 'out', 'main', 'cli.js')
const TRIALS = Number(process.env.CRASH_TRIALS ?? 60)
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
const FOLDERS = 3
const ARTICLES_PER_FOLDER = 40

let state = SEED || 1
/** Deterministic for a given seed (a 31-bit LCG is plenty for picking kill moments). */
const random = (): number => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
const pick = (n: number): number => Math.floor(random() * n)

type Kill = { after: 'delay'; ms: number } | { after: 'line'; k: number }
interface Plan {
  trial: number
  reuse: boolean
  folder: number
  kill: Kill
  label: string
}
interface Outcome {
  lines: { file: string; status: string; id?: string }[]
  killed: boolean
  code: number | null
  stderr: string
  ms: number
}

let root: string
const inputs: string[] = []
const stats = { killedMidImport: 0, completed: 0, staleTakeovers: 0, printed: 0, started: 0 }

function plans(): Plan[] {
  return Array.from({ length: TRIALS }, (_, trial) => {
    const reuse = trial > 0 && random() < 0.4
    const folder = pick(FOLDERS)
    const kill: Kill = random() < 0.5 ? { after: 'delay', ms: pick(401) } : { after: 'line', k: 1 + pick(ARTICLES_PER_FOLDER + 6) }
    const when = kill.after === 'delay' ? `${kill.ms} ms after spawn` : kill.k > ARTICLES_PER_FOLDER ? 'never (runs to the end)' : `after line ${kill.k}`
    return { trial, reuse, folder, kill, label: `${reuse ? 'same archive' : 'new archive'}, input ${folder}, kill ${when}` }
  })
}

/** Small news articles in the news layout (tests/fixtures/news), each with a text no other one has. */
async function makeInputs(): Promise<void> {
  const words = 'harbour council volunteers market bridge river school library festival railway station museum'.split(' ')
  for (let f = 0; f < FOLDERS; f++) {
    const dir = join(root, `input-${f}`)
    await mkdir(dir, { recursive: true })
    for (let i = 0; i < ARTICLES_PER_FOLDER; i++) {
      const n = f * ARTICLES_PER_FOLDER + i
      const body = Array.from({ length: 30 }, (_, w) => words[(n * 7 + w * 3) % words.length]).join(' ')
      const text = `Crash article ${n}\n\nDate: 2024-03-${String((n % 28) + 1).padStart(2, '0')}\n\nSource: Crash Daily\n\nArticle ${n} opens. ${body}. Serial ${n}-${SEED}.\n`
      await writeFile(join(dir, `article-${String(n).padStart(3, '0')}.txt`), text)
    }
    inputs.push(dir)
  }
}

/** Runs the CLI and kills it as planned; only complete lines count as printed. */
function runAndKill(archiveDir: string, home: string, plan: Plan): Promise<Outcome> {
  const started = performance.now()
  const child = spawn(process.execPath, [CLI, 'import', '--json', inputs[plan.folder]!, '--archive', archiveDir], {
    env: { ...process.env, SCRIPTORIUM_HOME: home, SCRIPTORIUM_ARCHIVE: '', LANG: 'C', LC_ALL: '' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let killed = false
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL')
  }
  const timer = plan.kill.after === 'delay' ? setTimeout(kill, plan.kill.ms) : undefined
  let buffer = ''
  let stderr = ''
  const lines: string[] = []
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk
    const parts = buffer.split('\n')
    buffer = parts.pop()!
    lines.push(...parts)
    if (plan.kill.after === 'line' && lines.length >= plan.kill.k) kill()
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  // 'close': the process is reaped (its pid is free) and both pipes are drained.
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ lines: lines.map((line) => JSON.parse(line) as Outcome['lines'][number]), killed, code, stderr, ms: performance.now() - started })
    })
  })
}

/** Every shard file parses; the archive opens without quarantining anything. */
async function verify(archiveDir: string, outcome: Outcome): Promise<void> {
  const archive = await Archive.open(archiveDir)
  try {
    expect(archive.report.quarantined, 'quarantined after a kill').toEqual([])
    const shards = (await readdir(join(archiveDir, 'articles'))).filter((name) => name.endsWith('.json'))
    for (const name of shards) {
      JSON.parse(await readFile(join(archiveDir, 'articles', name), 'utf8'))
      expect(archive.has(name.slice(0, -'.json'.length)), `${name} on disk but not in the catalog`).toBe(true)
    }
    for (const { id } of archive.list()) await archive.read(id)
    for (const line of outcome.lines) {
      expect(['imported', 'duplicate'], `${line.file}: ${JSON.stringify(line)}`).toContain(line.status)
      expect(archive.has(line.id!), `printed ${line.status} ${line.id} (${line.file}) but missing`).toBe(true)
    }
  } finally {
    await archive.close()
  }
}

describe('crash: SIGKILL during `scriptorium import --json`', () => {
  beforeAll(async () => {
    if (!existsSync(CLI)) {
      throw new Error(`The crash test runs the built command line, and ${CLI} is missing: run \`npx electron-vite build\` first (npm test builds before test:crash).`)
    }
    root = await mkdtemp(join(tmpdir(), 'scriptorium-crash-'))
    await makeInputs()
    console.log(`crash test: ${CLI}, ${TRIALS} trials, seed ${SEED} (replay with CRASH_SEED=${SEED})`)
  })

  afterAll(async () => {
    console.log(
      `crash test: ${stats.killedMidImport} killed mid-run, ${stats.completed} finished before the kill, ` +
        `${stats.staleTakeovers} stale locks taken over by the next run, ${stats.printed} printed lines checked`
    )
    if (root) await rm(root, { recursive: true, force: true })
  })

  let archiveDir = ''
  let staleLock: string | null = null
  const all = plans()

  it.each(all)('trial $trial: $label', async (plan) => {
    if (!plan.reuse || !archiveDir) {
      archiveDir = join(root, `archive-${plan.trial}`)
      staleLock = null
    } else if (staleLock !== null) {
      // Put back the lock the killed process left, as the kill left it: the CLI must take it over.
      await writeFile(join(archiveDir, '.lock'), staleLock)
      stats.staleTakeovers += 1
    }
    const home = join(root, `home-${plan.trial}`)
    const outcome = await runAndKill(archiveDir, home, plan)
    stats.started += 1
    stats.printed += outcome.lines.length
    if (!outcome.killed) {
      expect(outcome.code, `finished without a kill but failed: ${outcome.stderr}`).toBe(0)
      expect(outcome.lines).toHaveLength(ARTICLES_PER_FOLDER)
      stats.completed += 1
    } else stats.killedMidImport += 1
    expect(outcome.stderr, 'the CLI reported an error before the kill').not.toMatch(/in use by|went wrong/)

    const lockFile = join(archiveDir, '.lock')
    staleLock = existsSync(lockFile) ? await readFile(lockFile, 'utf8') : null
    if (!outcome.killed) expect(staleLock, 'a finished run released its lock').toBeNull()
    if (!existsSync(archiveDir)) {
      expect(outcome.lines).toEqual([])
      return
    }
    await verify(archiveDir, outcome)
  })

  it('exercised kills mid-import and stale-lock takeovers', () => {
    expect(stats.started).toBe(TRIALS)
    expect(stats.killedMidImport).toBeGreaterThanOrEqual(Math.floor(TRIALS / 3))
    if (TRIALS >= 50) expect(stats.staleTakeovers).toBeGreaterThanOrEqual(3)
  })
})
