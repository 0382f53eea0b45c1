import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
export const CLI = join(REPO, 'out/main/cli.js')

export interface Server {
  url: string
  /** A scratch folder of this test: holds the archive, the user folder and made-up files. */
  tmp: string
  archive: string
  stop: () => Promise<void>
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      done(true)
    })
  })
}

/**
 * Starts `scriptorium serve` on a fresh archive and an isolated user folder; resolves with its URL.
 * `prepareArchive` may first make the archive folder in a state a test needs.
 */
export async function startServer(options: { prepareArchive?: (archive: string) => void } = {}): Promise<Server> {
  const tmp = mkdtempSync(join(tmpdir(), 'scriptorium-e2e-'))
  const archive = join(tmp, 'archive')
  options.prepareArchive?.(archive)
  const child = spawn(process.execPath, [CLI, 'serve', '--archive', archive, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, SCRIPTORIUM_HOME: join(tmp, 'home'), LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 30 s:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Scriptorium: (http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code} before printing its URL:\n${output}`))
    })
  })
  const stop = async () => {
    child.kill('SIGINT')
    if (!(await waitForExit(child, 5_000))) {
      child.kill('SIGKILL')
      await waitForExit(child, 5_000)
    }
    rmSync(tmp, { recursive: true, force: true })
  }
  return { url, tmp, archive, stop }
}
