import type { Translate } from '../i18n'
import type { ParseArgsConfig } from 'node:util'

/** Where a command writes; a test passes its own to read what was printed. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
  /** Rewrites the current terminal line (progress); absent when stderr is not a terminal. */
  status?(line: string): void
  env: NodeJS.ProcessEnv
  /** Resolves when the user interrupts (Ctrl+C); used by long-running commands. */
  interrupted: Promise<void>
}

export type Options = NonNullable<ParseArgsConfig['options']>
export type ParsedValues = Record<string, string | boolean | string[] | undefined>

export interface Command {
  name: string
  /** i18n key (cli namespace) of the one-line summary. */
  summary: string
  /** Usage line after `scriptorium `, e.g. `import <file|dir>... [--archive DIR] [--json]`. */
  usage: string
  options: Options
  /** Help lines: option name -> i18n key of its description. */
  optionHelp: Record<string, string>
  minPositionals: number
  maxPositionals: number
  run(values: ParsedValues, positionals: string[], io: CliIo, t: Translate): Promise<number>
}

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const

export const archiveOption: Options = { archive: { type: 'string' } }
export const jsonOption: Options = { json: { type: 'boolean' } }

/** What most commands take: `--archive DIR` and `--json`, with their help lines. */
export const archiveJson: Pick<Command, 'options' | 'optionHelp'> = {
  options: { ...archiveOption, ...jsonOption },
  optionHelp: { archive: 'option.archive', json: 'option.json' }
}
