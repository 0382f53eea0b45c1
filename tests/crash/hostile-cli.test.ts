import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slowButValidHtml, writeHostileFolder } from '../fixtures/hostile/inputs'

/**
 * The BUILT command line on the hostile folder: the parse worker is out/main/parse-worker.js,
 * found from the bundle, with its real limits. (Unit tests run the same worker from sources.)
 */
const REPO = fileURLToPath(new URL('../..', import.meta.url))
const CLI = join(REPO, 'out', 'main', 'cli.js')
let root: string

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npx electron-vite build\` first (npm test builds before test:crash).`)
  root = await mkdtemp(join(tmpdir(), 'scriptorium-hostile-cli-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, SCRIPTORIUM_HOME: join(root, 'home'), SCRIPTORIUM_ARCHIVE: '', LANG: 'C', LC_ALL: '' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('built `scriptorium import` on hostile files', () => {
  it('reports each hostile file as failed with its reason, imports the good one, and exits 1 without dying', async () => {
    const dir = join(root, 'hostile')
    writeHostileFolder(dir)
    const { code, stdout, stderr } = await run(['import', '--json', dir, '--archive', join(root, 'archive')])
    expect(stderr).toBe('')
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; status: string; reason?: string })
    expect(lines.map((l) => [l.file.slice(dir.length + 1), l.status])).toEqual([
      ['a-deep-lists.md', 'failed'],
      ['b-nested-divs.html', 'failed'],
      ['c-good.md', 'imported'],
      ['d-unclosed-tags.html', 'failed'],
      ['e-entities.html', 'failed']
    ])
    expect(lines[0]!.reason).toMatch(/too complex to read safely: it nests 3000 levels deep/)
    expect(lines[3]!.reason).toMatch(/1,000,006 tags and character references/)
    expect(code).toBe(1)
  })
})

describe('built `scriptorium serve` while a costly file is parsed', () => {
  it('answers other requests and stops at once on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--archive', join(root, 'serve-archive'), '--port', '0'], {
      env: { ...process.env, SCRIPTORIUM_HOME: join(root, 'serve-home'), SCRIPTORIUM_ARCHIVE: '', LANG: 'C', LC_ALL: '' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const exited = new Promise<number>((resolve) => child.once('exit', () => resolve(Date.now())))
    try {
      let printed = ''
      const url = await new Promise<URL>((resolve) =>
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          printed += chunk
          const match = /Scriptorium: (\S+)/.exec(printed)
          if (match) resolve(new URL(match[1]!))
        })
      )
      const api = (op: string, input: unknown): Promise<Response> =>
        fetch(new URL(`/api/${op}`, url), { method: 'POST', headers: { authorization: `Bearer ${url.searchParams.get('token')}` }, body: JSON.stringify(input) })
      // Tens of seconds of Readability, every nesting and size check passed.
      const data = Buffer.from(slowButValidHtml(400)).toString('base64')
      void api('importContent', { name: 'slow.html', data }).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const asked = Date.now()
      expect((await api('listArticles', {})).status).toBe(200)
      expect(Date.now() - asked).toBeLessThan(1000)
      const signalled = Date.now()
      child.kill('SIGTERM')
      expect((await exited) - signalled).toBeLessThan(5000)
      expect(child.exitCode).toBe(0)
    } finally {
      child.kill('SIGKILL')
    }
  })
})
