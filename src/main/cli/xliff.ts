import { rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ImportFailure } from '@shared/formats/failure'
import { XLIFF_VERSIONS, type XliffVersion } from '@shared/ipc/interchange-contract'
import { call } from '../dispatch'
import type { Translate } from '../i18n'
import { readChecked } from '../services/import/import-file'
import { archiveJson, EXIT, type CliIo, type Command, type ParsedValues } from './command'
import { printFileFailure } from './file-failure'
import { withSession } from './open'
import { printFailure } from './output'
import { writeErrorReason } from './write-error'

const str = (v: ParsedValues[string]): string | undefined => (typeof v === 'string' ? v : undefined)

function usage(io: CliIo, t: Translate, key: string, params?: Record<string, string>): number {
  io.err(t(`cli:xliff.${key}`, params))
  io.err(`${t('cli:help.usage')}: scriptorium ${xliffCommand.usage}`)
  return EXIT.usage
}

/** Writes beside the target, then renames: a failed write never leaves half a file under its name. */
async function writeWhole(path: string, content: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`
  try {
    await writeFile(temp, content, 'utf8')
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

async function exportCommand(values: ParsedValues, id: string, io: CliIo, t: Translate): Promise<number> {
  const lang = str(values.lang)
  const out = str(values.out)
  const version = str(values.version) ?? '2.1'
  if (!lang) return usage(io, t, 'needLang')
  if (!out) return usage(io, t, 'needOut')
  if (!(XLIFF_VERSIONS as readonly string[]).includes(version)) return usage(io, t, 'badVersion', { value: version })
  return withSession(
    values,
    io,
    t,
    async ({ dispatch }) => {
      const result = await call(dispatch, 'exportXliff', { articleId: id, lang, version: version as XliffVersion })
      if (!result.ok) return printFailure(io, result.error)
      const path = resolve(out)
      try {
        await writeWhole(path, result.value.content)
      } catch (error) {
        io.err(t('cli:xliff.writeFailed', { file: out, reason: writeErrorReason(error, t) }))
        return EXIT.someFailed
      }
      if (values.json) io.out(JSON.stringify({ id, lang, version, file: path, units: result.value.units }, null, 2))
      else io.out(t('cli:xliff.exported', { id, version, file: out, count: result.value.units }))
      return EXIT.ok
    },
    { readOnly: true }
  )
}

async function importCommand(values: ParsedValues, file: string, io: CliIo, t: Translate): Promise<number> {
  for (const option of ['lang', 'out', 'version'] as const) {
    if (values[option] !== undefined) return usage(io, t, 'notForImport', { option: `--${option}` })
  }
  let bytes: Uint8Array
  try {
    bytes = await readChecked(resolve(file))
  } catch (error) {
    if (!(error instanceof ImportFailure)) throw error
    io.err(t('cli:xliff.unreadable', { file, reason: t(`errors:${error.code}`, error.params) }))
    return EXIT.someFailed
  }
  return withSession(values, io, t, async ({ dispatch }) => {
    const result = await call(dispatch, 'importXliff', { data: Buffer.from(bytes).toString('base64') })
    if (!result.ok) return printFileFailure(io, t, file, result.error, values.json === true)
    const { id, updated, unchanged, unknown, sourceChanged } = result.value
    if (values.json) {
      io.out(JSON.stringify({ id, updated: updated.length, unchanged: unchanged.length, unknown, sourceChanged }, null, 2))
      return EXIT.ok
    }
    io.out(t('cli:xliff.imported', { id, updated: updated.length, unchanged: unchanged.length }))
    if (unknown.length > 0) io.out(t('cli:xliff.unknownUnits', { count: unknown.length, list: unknown.join(', ') }))
    if (sourceChanged.length > 0) io.out(t('cli:xliff.sourceChangedUnits', { count: sourceChanged.length, list: sourceChanged.join(', ') }))
    return EXIT.ok
  })
}

/** `scriptorium xliff export <id> --lang L --out F [--version 2.1|1.2]` and `xliff import F [--json]`. */
export const xliffCommand: Command = {
  name: 'xliff',
  summary: 'xliff.summary',
  usage: 'xliff (export <id> --lang L --out F [--version 2.1|1.2] | import F) [--archive DIR] [--json]',
  options: { lang: { type: 'string' }, out: { type: 'string' }, version: { type: 'string' }, ...archiveJson.options },
  optionHelp: {
    lang: 'xliff.option.lang',
    out: 'xliff.option.out',
    version: 'xliff.option.version',
    ...archiveJson.optionHelp
  },
  minPositionals: 2,
  maxPositionals: 2,
  run: async (values, [sub, target], io, t) => {
    if (sub === 'export') return exportCommand(values, target!, io, t)
    if (sub === 'import') return importCommand(values, target!, io, t)
    return usage(io, t, 'needSub')
  }
}
