import type { ImportOutcome } from '@shared/model'
import { contract } from '@shared/ipc/contract'
import { validationError } from '../dispatch'
import type { Translate } from '../i18n'
import { importPaths } from '../services/import'
import { importDeps } from '../services/import-session'
import { archiveOption, EXIT, jsonOption, type CliIo, type Command } from './command'
import { withSession } from './open'

export const importCommand: Command = {
  name: 'import',
  summary: 'import.summary',
  usage: 'import <file|dir>... [--archive DIR] [--json]',
  options: { ...archiveOption, ...jsonOption },
  optionHelp: { archive: 'option.archive', json: 'option.json' },
  minPositionals: 1,
  maxPositionals: Infinity,
  run: (values, paths, io, t) => {
    const input = contract.importFiles.input.safeParse({ paths })
    if (!input.success) {
      io.err(validationError(input.error, t).message)
      return Promise.resolve(EXIT.usage)
    }
    return withSession(values, io, t, async ({ ctx }) => {
      const counts = { imported: 0, duplicate: 0, failed: 0 }
      let done = 0
      // Each line is printed as soon as that input's outcome is durable.
      for await (const outcome of importPaths(input.data.paths, importDeps(ctx, t))) {
        counts[outcome.status] += 1
        done += 1
        if (values.json) io.out(JSON.stringify(jsonLine(outcome)))
        else report(outcome, done, io, t)
      }
      if (!values.json) {
        io.status?.('')
        io.out(t('cli:import.summaryLine', counts))
      }
      return counts.failed > 0 ? EXIT.someFailed : EXIT.ok
    })
  }
}

/** The public `--json` line: `{file, status, id?, encoding?, reason?}`. */
function jsonLine(outcome: ImportOutcome): Record<string, string> {
  const { file, status, id, encoding, reason } = outcome
  return Object.fromEntries(Object.entries({ file, status, id, encoding, reason }).filter(([, v]) => v !== undefined)) as Record<string, string>
}

function report(outcome: ImportOutcome, done: number, io: CliIo, t: Translate): void {
  if (io.status) {
    io.status('')
    // Folders are expanded as they are walked, so the bar counts inputs handled so far.
    const bar = '▇'.repeat(done % 20).padEnd(20, '·')
    io.status(t('cli:import.progress', { done, total: '…', bar, file: outcome.file }))
    io.err('')
  }
  const line = t(`cli:import.${outcome.status}`, { file: outcome.file, id: outcome.id, encoding: outcome.encoding, reason: outcome.reason })
  if (outcome.status === 'failed') io.err(line)
  else io.out(line)
}
