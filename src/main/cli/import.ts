import type { ImportOutcome } from '@shared/model'
import { contract } from '@shared/ipc/contract'
import { validationError } from '../dispatch'
import type { Translate } from '../i18n'
import { displayPath, expandPaths, importInput, type BatchInput } from '../services/import'
import { annotationSession } from '../services/annotation'
import { importInto } from '../services/import/annotated/import-into'
import { Id } from '@shared/model/ids'
import { importDeps } from '../services/import-session'
import { archiveJson, type CliIo, type Command, EXIT } from './command'
import { importBundleCommand, isBundlePath } from './import-bundle'
import { withSession } from './open'

export const importCommand: Command = {
  name: 'import',
  summary: 'import.summary',
  usage: 'import <file|dir>... [--into ARTICLE-ID] [--archive DIR] [--json] | import FILE.zip [--dry-run] [--archive DIR] [--json]',
  options: { ...archiveJson.options, into: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  optionHelp: { ...archiveJson.optionHelp, into: 'option.into', 'dry-run': 'import.option.dryRun' },
  minPositionals: 1,
  maxPositionals: Infinity,
  run: (values, paths, io, t) => {
    // A .zip is a bundle (scriptorium export), imported alone: verified, previewed, merged.
    if (paths.length === 1 && isBundlePath(paths[0]!)) return importBundleCommand(values, paths[0]!, io, t)
    if (values['dry-run'] === true || paths.some(isBundlePath)) {
      io.err(t('bundle:cli.bundleAlone'))
      return Promise.resolve(EXIT.usage)
    }
    const input = contract.importFiles.input.safeParse({ paths })
    if (!input.success) {
      io.err(validationError(input.error, t).message)
      return Promise.resolve(EXIT.usage)
    }
    const into = typeof values.into === 'string' ? values.into : undefined
    if (into !== undefined && !Id.safeParse(into).success) {
      io.err(t('cli:import.badInto', { id: into }))
      return Promise.resolve(EXIT.usage)
    }
    return withSession(values, io, t, async ({ ctx }) => {
      const counts = { imported: 0, duplicate: 0, failed: 0 }
      // Naming the files first is cheap and gives the progress bar its total.
      const inputs: BatchInput[] = []
      for await (const item of expandPaths(input.data.paths, t)) inputs.push(item)
      const deps = importDeps(ctx, t)
      // --into: Web Annotation files anchored into that article, not new articles.
      const importOne = (item: BatchInput): Promise<ImportOutcome> =>
        into === undefined || 'failure' in item ? importInput(item, deps) : importInto(annotationSession(ctx), into, item.path, t)
      // Ctrl+C or SIGTERM stops the batch at once, even in the middle of a long parse; what
      // was printed is durable, and closing the archive waits for a write already under way.
      const stopped = io.interrupted.then(() => null)
      let left = 0
      for (const [index, item] of inputs.entries()) {
        if (!values.json) progress(index, inputs.length, 'path' in item ? displayPath(item.path) : item.failure.file, io, t)
        const outcome = await Promise.race([importOne(item), stopped])
        if (outcome === null) {
          left = inputs.length - index
          break
        }
        counts[outcome.status] += 1
        // Each line is printed as soon as that input's outcome is durable.
        if (values.json) io.out(JSON.stringify(jsonLine(outcome)))
        else report(outcome, io, t)
      }
      if (!values.json) {
        io.status?.('')
        io.out(t('cli:import.summaryLine', counts))
      }
      if (left > 0) io.err(t('cli:import.stopped', { left, total: inputs.length }))
      return counts.failed > 0 || left > 0 ? EXIT.someFailed : EXIT.ok
    })
  }
}

/**
 * The public `--json` line: `{file, status, id?, encoding?, reason?}`, and for annotated files
 * `annotations` (how many came in), `articles` (ids, when one file became several) and
 * `unanchored` (--into: annotations whose quote was not found).
 */
function jsonLine(outcome: ImportOutcome): Record<string, unknown> {
  const { file, status, id, encoding, reason, annotations, articles, unanchored } = outcome
  return Object.fromEntries(Object.entries({ file, status, id, encoding, reason, annotations, articles, unanchored }).filter(([, v]) => v !== undefined))
}

/** A bar on the terminal's last line (stderr), redrawn before each file. */
function progress(done: number, total: number, file: string, io: CliIo, t: Translate): void {
  if (!io.status) return
  const width = 24
  const filled = Math.round((done / Math.max(total, 1)) * width)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`
  io.status(t('cli:import.progress', { done, total, bar, file }))
}

function report(outcome: ImportOutcome, io: CliIo, t: Translate): void {
  io.status?.('')
  const line = t(`cli:import.${outcome.status}`, { file: outcome.file, id: outcome.id, encoding: outcome.encoding, reason: outcome.reason })
  if (outcome.status === 'failed') io.err(line)
  else io.out(line)
  if (outcome.annotations !== undefined) {
    io.out(t('cli:import.annotations', { count: outcome.annotations, articles: outcome.articles?.length ?? 1, unanchored: outcome.unanchored ?? 0 }))
  }
}
