import { spawn } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Archive } from '../../src/main/archive'
import { articleId, rangeOf, textOf, writeFixture } from './compound-fixture'
import { CLI, cliEnv, closed, requireBuild } from './support'

/**
 * Many processes start at once against a lock left by a killed one: each runs the BUILT
 * `scriptorium annotate` on the same article. Exactly one may take the stale lock over;
 * the others wait their turn or hear "in use" (never ENOENT on a temp file), and every
 * annotation a process acknowledged (exit 0) is in the archive afterwards: two winners
 * would each write their own copy of the article and lose the other's tag.
 * CRASH_LOCK_ROUNDS overrides the number of rounds.
 */
const ROUNDS = Number(process.env.CRASH_LOCK_ROUNDS ?? 12)
const PROCESSES = 6
const WORDS = ['visited', 'the', 'day', 'Later', 'toured', 'school', 'met', 'volunteers']

let root: string
let template: string
const stats = { acknowledged: 0, inUse: 0 }

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await closed(child)
  return child.pid!
}

function annotate(dir: string, home: string, word: string): Promise<{ word: string; code: number | null; stderr: string }> {
  const { start, end } = rangeOf(textOf(0), word)
  const args = [CLI, 'annotate', articleId(0), '--type', 'MISC', '--start', String(start), '--end', String(end), '--archive', dir]
  const child = spawn(process.execPath, args, { env: cliEnv(home), stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return closed(child).then((code) => ({ word, code, stderr }))
}

describe('crash: many processes taking over one stale lock', () => {
  beforeAll(async () => {
    requireBuild()
    root = await mkdtemp(join(tmpdir(), 'scriptorium-crash-lock-'))
    template = join(root, 'template')
    await writeFixture(template, 2)
  })

  afterAll(async () => {
    console.log(`lock takeover crash test: ${ROUNDS} rounds of ${PROCESSES} processes, ${stats.acknowledged} tags acknowledged, ${stats.inUse} refusals "in use"`)
    if (root) await rm(root, { recursive: true, force: true })
  })

  it.each(Array.from({ length: ROUNDS }, (_, round) => round))('round %i', async (round) => {
    const dir = join(root, `archive-${round}`)
    await cp(template, dir, { recursive: true })
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: await deadPid(), host: hostname(), startedAt: '2024-01-01T00:00:00.000Z' }) + '\n')
    const runs = await Promise.all(WORDS.slice(0, PROCESSES).map((word) => annotate(dir, join(root, 'home'), word)))
    for (const run of runs.filter((r) => r.code !== 0)) {
      expect(run.stderr, `the refusal of "${run.word}" says the archive is in use`).toMatch(/in use by process/)
      expect(run.stderr).not.toMatch(/ENOENT|\.tmp|went wrong/)
    }
    const archive = await Archive.open(dir)
    try {
      const tagged = new Set((await archive.read(articleId(0))).annotations.filter((a) => a.type === 'MISC').map((a) => a.target.quote.exact))
      const acknowledged = runs.filter((r) => r.code === 0).map((r) => r.word)
      expect(acknowledged.filter((word) => !tagged.has(word)), 'acknowledged tags that were lost').toEqual([])
      expect(acknowledged.length, 'at least the process that took the stale lock over succeeded').toBeGreaterThan(0)
      stats.acknowledged += acknowledged.length
      stats.inUse += runs.length - acknowledged.length
    } finally {
      await archive.close()
    }
  })
})
