import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { request } from 'node:http'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What the crash tests run: the BUILT command line, or CRASH_CLI (e.g. a deliberately broken build). */
export const REPO = fileURLToPath(new URL('../..', import.meta.url))
export const CLI = process.env.CRASH_CLI ? resolve(process.env.CRASH_CLI) : join(REPO, 'out', 'main', 'cli.js')

export function requireBuild(): void {
  if (!existsSync(CLI)) {
    throw new Error(`The crash test runs the built command line, and ${CLI} is missing: run \`npx electron-vite build\` first (npm test builds before test:crash).`)
  }
}

/** A deterministic random source for one seed (a 31-bit LCG is plenty for picking kill moments). */
export function seeded(seed: number): { random: () => number; pick: (n: number) => number } {
  let state = seed || 1
  const random = (): number => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  return { random, pick: (n) => Math.floor(random() * n) }
}

export const cliEnv = (home: string): NodeJS.ProcessEnv => ({ ...process.env, SCRIPTORIUM_HOME: home, SCRIPTORIUM_ARCHIVE: '', LANG: 'C', LC_ALL: '' })

/** Resolves with the exit code (null when killed) once the process is reaped and its pipes drained. */
export const closed = (child: ChildProcess): Promise<number | null> =>
  new Promise((done, fail) => {
    child.once('error', fail)
    child.once('close', (code) => done(code))
  })

export interface Served {
  child: ChildProcess
  /** POSTs one operation; resolves with the parsed answer. */
  call(operation: string, input: unknown): Promise<unknown>
  exited: Promise<number | null>
}

/** Starts `scriptorium serve` on an archive and waits for the address it prints. */
export async function serve(archiveDir: string, home: string): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', '--archive', archiveDir], { env: cliEnv(home), stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = closed(child)
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const address = await new Promise<URL>((done, fail) => {
    let out = ''
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      const match = /Scriptorium: (\S+)/.exec(out)
      if (match) done(new URL(match[1]!))
    })
    void exited.then((code) => fail(new Error(`serve exited (${code}) before listening: ${stderr}`)))
  })
  const token = address.searchParams.get('token') ?? ''
  const call = (operation: string, input: unknown): Promise<unknown> =>
    new Promise((done, fail) => {
      const body = JSON.stringify(input)
      const req = request(
        { host: '127.0.0.1', port: address.port, path: `/api/${operation}`, method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = ''
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
          res.on('end', () => done(JSON.parse(text)))
          res.on('error', fail)
        }
      )
      req.on('error', fail)
      req.end(body)
    })
  return { child, call, exited }
}

/** Calls one operation and answers its value; a refusal fails the test with its error. */
export async function callOk<T>(server: Served, operation: string, input: unknown): Promise<T> {
  const answer = (await server.call(operation, input)) as { ok: boolean; value: T; error?: unknown }
  if (!answer.ok) throw new Error(`${operation}: ${JSON.stringify(answer.error)}`)
  return answer.value
}

/** Kills the server outright and waits until it is gone. */
export async function stop(server: Served): Promise<void> {
  server.child.kill('SIGKILL')
  await server.exited
}

/**
 * Sends one operation and SIGKILLs the server `delay` ms later; resolves once the server is
 * gone, with whether the operation was answered before the kill.
 */
export async function killDuring(server: Served, operation: string, input: unknown, delay: number): Promise<boolean> {
  let answered = false
  const sent = server.call(operation, input).then(
    () => (answered = true),
    () => undefined
  )
  setTimeout(() => server.child.kill('SIGKILL'), delay)
  await server.exited
  await sent
  return answered
}
