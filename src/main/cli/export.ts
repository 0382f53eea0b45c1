import { resolve } from 'node:path'
import { toAppError } from '../dispatch'
import { exportBundle } from '../services/bundle/export-service'
import { availableFormats, isFormatId, type FormatId } from '../services/bundle/formats'
import { archiveOption, EXIT, jsonOption, type Command } from './command'
import { withSession } from './open'

const VERSION = process.env.npm_package_version ?? '0.1.0'

/** `--formats a,b`: each a format this build writes, or undefined with the bad name. */
function parseFormats(value: string | undefined): { formats: FormatId[] } | { bad: string } {
  if (value === undefined) return { formats: availableFormats() }
  const names = value.split(',').map((name) => name.trim()).filter(Boolean)
  const offered = availableFormats()
  const bad = names.find((name) => !isFormatId(name) || !offered.includes(name))
  if (bad !== undefined || names.length === 0) return { bad: bad ?? value }
  return { formats: offered.filter((id) => names.includes(id)) }
}

/**
 * `scriptorium export (<id>... | --all) --out FILE.zip [--formats …] [--json]`: a BagIt bundle.
 * `--json` prints `{"out","articles","files","bytes"}` (the zip's absolute path, the number of
 * articles, of files in the bag, and the zip's size).
 */
export const exportCommand: Command = {
  name: 'export',
  summary: 'export.summary',
  usage: 'export (<id>... | --all) --out FILE.zip [--formats json,txt,wa,brat,conll,tei,xliff,html] [--archive DIR] [--json]',
  options: { ...archiveOption, ...jsonOption, all: { type: 'boolean' }, out: { type: 'string' }, formats: { type: 'string' } },
  optionHelp: { all: 'export.option.all', out: 'export.option.out', formats: 'export.option.formats', archive: 'option.archive', json: 'option.json' },
  minPositionals: 0,
  maxPositionals: Infinity,
  run: async (values, ids, io, t) => {
    const usage = (message: string): number => {
      io.err(message)
      io.err(`${t('cli:help.usage')}: scriptorium ${exportCommand.usage}`)
      return EXIT.usage
    }
    if ((values.all === true) === ids.length > 0) return usage(t('bundle:cli.idsOrAll'))
    if (typeof values.out !== 'string' || values.out === '') return usage(t('bundle:cli.outRequired'))
    const parsed = parseFormats(values.formats as string | undefined)
    if ('bad' in parsed) return usage(t('bundle:cli.unknownFormat', { name: parsed.bad, formats: availableFormats().join(',') }))
    const out = resolve(values.out)
    return withSession(
      values,
      io,
      t,
      async ({ ctx }) => {
        try {
          const run = exportBundle(ctx.archive, { ids: values.all ? undefined : ids, formats: parsed.formats, out, version: VERSION, locale: 'en' }, t)
          void io.interrupted.then(run.cancel)
          const summary = await run.result
          if (values.json) io.out(JSON.stringify(summary))
          else io.out(t('bundle:cli.exported', { ...summary }))
          return EXIT.ok
        } catch (error) {
          io.err(toAppError(error, t).message)
          return EXIT.someFailed
        }
      },
      { readOnly: true }
    )
  }
}
