import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../../../src/main/cli/run'
import type { CliIo } from '../../../../src/main/cli/command'
import { createTranslator, type Translate } from '../../../../src/main/i18n'

const made: string[] = []

export async function tempDir(prefix = 'scriptorium-cli-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

export interface Captured {
  io: CliIo
  out: string[]
  err: string[]
  /** Simulates Ctrl+C for long-running commands (serve). */
  interrupt(): void
}

/** An io that records what a command prints; SCRIPTORIUM_HOME always points at a temp folder. */
export function capture(env: NodeJS.ProcessEnv): Captured {
  const out: string[] = []
  const err: string[] = []
  let interrupt = (): void => undefined
  const interrupted = new Promise<void>((resolve) => (interrupt = resolve))
  return { io: { out: (line) => out.push(line), err: (line) => err.push(line), env, interrupted }, out, err, interrupt: () => interrupt() }
}

export interface CliRun {
  code: number
  out: string[]
  err: string[]
  /** Everything printed on stdout, joined: what `--json` output is parsed from. */
  stdout: string
}

/** Runs one command line in-process, isolated in `home` (settings folder). */
export async function cli(argv: string[], home: string, options: { env?: NodeJS.ProcessEnv; t?: Translate } = {}): Promise<CliRun> {
  const { io, out, err } = capture({ SCRIPTORIUM_HOME: home, ...options.env })
  const code = await runCli(argv, io, options.t ?? createTranslator('en'))
  return { code, out, err, stdout: out.join('\n') }
}
