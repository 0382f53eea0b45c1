import { resolve } from 'node:path'
import { ImportFailure } from '@shared/formats/failure'
import type { SegmentRow } from '@shared/ipc/translation-contract'
import { SegmentStatus } from '@shared/model'
import { call, type Dispatch } from '../dispatch'
import type { Translate } from '../i18n'
import { decodeBytes } from '../services/import/decode'
import { readChecked } from '../services/import/import-file'
import { archiveJson, EXIT, type CliIo, type Command, type ParsedValues } from './command'
import { withSession, type Session } from './open'
import { printFailure, table } from './output'

const str = (v: ParsedValues[string]): string | undefined => (typeof v === 'string' ? v : undefined)

/** Prints a usage mistake and the command's usage line: exit 2. */
function usage(io: CliIo, t: Translate, command: Command, key: string, params?: Record<string, string | number>): number {
  io.err(t(`cli:${key}`, params))
  io.err(`${t('cli:help.usage')}: scriptorium ${command.usage}`)
  return EXIT.usage
}

/** A file's text, decoded as an import is (UTF-8, UTF-16 with BOM, GB18030); the translated reason when it cannot be. */
async function readText(file: string, t: Translate): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: decodeBytes(await readChecked(resolve(file))).text }
  } catch (error) {
    if (!(error instanceof ImportFailure)) throw error
    return { ok: false, message: t('cli:translation.unreadable', { file, reason: t(`errors:${error.code}`, error.params) }) }
  }
}

const hterText = (hter: number | null): string => (hter === null ? '—' : hter.toFixed(2))

/** One segment as the public JSON of `segments` and `post-edit` gives it. */
const segmentJson = (row: SegmentRow) => ({
  index: row.index,
  source: row.source,
  mt: row.mt,
  target: row.target,
  status: row.status,
  note: row.note,
  hter: row.hter,
  seconds: row.seconds
})

/** `scriptorium translation add|mark <id>`: a translation from a file, or the article's own text marked as MT. */
export const translationCommand: Command = {
  name: 'translation',
  summary: 'translation.summary',
  usage: 'translation (add <id> --lang L --file F [--origin machine|human] | mark <id> --origin machine) [--engine E] [--archive DIR] [--json]',
  options: { lang: { type: 'string' }, file: { type: 'string' }, origin: { type: 'string' }, engine: { type: 'string' }, ...archiveJson.options },
  optionHelp: {
    lang: 'translation.option.lang',
    file: 'translation.option.file',
    origin: 'translation.option.origin',
    engine: 'translation.option.engine',
    ...archiveJson.optionHelp
  },
  minPositionals: 2,
  maxPositionals: 2,
  run: async (values, [sub, id], io, t) => {
    const origin = str(values.origin)
    const engine = str(values.engine)
    if (sub === 'mark') {
      if (origin !== 'machine') return usage(io, t, translationCommand, 'translation.markOrigin')
      for (const option of ['lang', 'file'] as const) {
        if (values[option] !== undefined) return usage(io, t, translationCommand, 'translation.notForMark', { option: `--${option}` })
      }
      return withSession(values, io, t, async ({ dispatch }) => {
        const result = await call(dispatch, 'markMachineTranslation', { articleId: id!, ...(engine === undefined ? {} : { engine }) })
        if (!result.ok) return printFailure(io, result.error)
        const view = await call(dispatch, 'getArticle', { id: id! })
        if (!view.ok) return printFailure(io, view.error)
        const version = view.value.doc.versions[0]!
        const segments = view.value.doc.alignments.find((a) => a.target === version.id)?.rows.length ?? 0
        if (values.json) io.out(JSON.stringify({ id, version: version.id, lang: version.lang, segments }, null, 2))
        else io.out(t('cli:translation.marked', { id, count: segments }))
        return EXIT.ok
      })
    }
    if (sub !== 'add') return usage(io, t, translationCommand, 'translation.needSub')
    const lang = str(values.lang)
    const file = str(values.file)
    if (!lang) return usage(io, t, translationCommand, 'translation.needLang')
    if (!file) return usage(io, t, translationCommand, 'translation.needFile')
    if (origin !== undefined && origin !== 'machine' && origin !== 'human') return usage(io, t, translationCommand, 'translation.badOrigin', { value: origin })
    const read = await readText(file, t)
    if (!read.ok) {
      io.err(read.message)
      return EXIT.someFailed
    }
    return withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'addTranslation', {
        articleId: id!,
        lang,
        text: read.text,
        origin: (origin ?? 'machine') as 'machine' | 'human',
        ...(engine === undefined ? {} : { engine })
      })
      if (!result.ok) return printFailure(io, result.error)
      const { versionId, segments } = result.value
      if (values.json) io.out(JSON.stringify({ id, version: versionId, lang, segments }, null, 2))
      else io.out(t('cli:translation.added', { id, lang, version: versionId, count: segments }))
      return EXIT.ok
    })
  }
}

/** The segments of one translation, or a failure already printed (its exit code). */
async function segmentsOf(dispatch: Dispatch, io: CliIo, id: string, lang: string) {
  const result = await call(dispatch, 'getSegments', { articleId: id, lang })
  if (!result.ok) return printFailure(io, result.error)
  return result.value
}

const langOption = { lang: { type: 'string' as const } }

/**
 * A command that reads one translation (`<name> <id> --lang L`): its options, the --lang
 * check and a read-only session (a snapshot while the app holds the archive) are shared.
 */
function translationReader(
  name: 'segments' | 'qa',
  read: (session: Session, id: string, lang: string, values: ParsedValues, io: CliIo, t: Translate) => Promise<number>
): Command {
  const command: Command = {
    name,
    summary: `${name}.summary`,
    usage: `${name} <id> --lang L [--archive DIR] [--json]`,
    options: { ...langOption, ...archiveJson.options },
    optionHelp: { lang: 'postEdit.option.lang', ...archiveJson.optionHelp },
    minPositionals: 1,
    maxPositionals: 1,
    run: async (values, [id], io, t) => {
      const lang = str(values.lang)
      if (!lang) return usage(io, t, command, 'translation.needLang')
      return withSession(values, io, t, (session) => read(session, id!, lang, values, io, t), { readOnly: true })
    }
  }
  return command
}

export const segmentsCommand = translationReader('segments', async ({ dispatch }, id, lang, values, io, t) => {
  const view = await segmentsOf(dispatch, io, id, lang)
  if (typeof view === 'number') return view
  if (values.json) {
    io.out(JSON.stringify(view.rows.map(segmentJson), null, 2))
    return EXIT.ok
  }
  const header = ['index', 'status', 'hter', 'seconds', 'text'].map((c) => t(`cli:segments.column.${c}`))
  const lines = view.rows.map((row) => [
    String(row.index),
    t(`translate:segmentStatus.${row.status}`),
    hterText(row.hter),
    String(Math.round(row.seconds)),
    row.source === null ? row.target : `${row.source} → ${row.target}`
  ])
  for (const line of table([header, ...lines], 160)) io.out(line)
  io.out('')
  io.out(t('cli:segments.effort', { edited: view.effort.edited, total: view.rows.length, hter: hterText(view.effort.hter), seconds: Math.round(view.effort.seconds) }))
  return EXIT.ok
})

export const postEditCommand: Command = {
  name: 'post-edit',
  summary: 'postEdit.summary',
  usage: 'post-edit <id> --lang L --segment N [--text T] [--status S] [--note NOTE] [--archive DIR] [--json]',
  options: { ...langOption, segment: { type: 'string' }, text: { type: 'string' }, status: { type: 'string' }, note: { type: 'string' }, ...archiveJson.options },
  optionHelp: {
    lang: 'postEdit.option.lang',
    segment: 'postEdit.option.segment',
    text: 'postEdit.option.text',
    status: 'postEdit.option.status',
    note: 'postEdit.option.note',
    ...archiveJson.optionHelp
  },
  minPositionals: 1,
  maxPositionals: 1,
  run: async (values, [id], io, t) => {
    const lang = str(values.lang)
    const segment = str(values.segment)
    const text = str(values.text)
    const status = str(values.status)
    const note = str(values.note)
    if (!lang) return usage(io, t, postEditCommand, 'translation.needLang')
    if (segment === undefined) return usage(io, t, postEditCommand, 'postEdit.needSegment')
    const n = /^\d+$/.test(segment) ? Number(segment) : NaN
    if (!Number.isSafeInteger(n) || n < 1) return usage(io, t, postEditCommand, 'postEdit.badSegment', { value: segment })
    if (status !== undefined && !SegmentStatus.safeParse(status).success) return usage(io, t, postEditCommand, 'postEdit.badStatus', { value: status })
    if (text === undefined && status === undefined && note === undefined) return usage(io, t, postEditCommand, 'postEdit.nothing')
    return withSession(values, io, t, async ({ dispatch }) => {
      const before = await segmentsOf(dispatch, io, id!, lang)
      if (typeof before === 'number') return before
      const row = before.rows[n - 1]
      if (!row) {
        io.err(t('cli:postEdit.noSegment', { n, count: before.rows.length }))
        return EXIT.someFailed
      }
      const result = await call(dispatch, 'postEdit', {
        articleId: id!,
        lang,
        rowId: row.id,
        ...(text === undefined ? {} : { text }),
        ...(status === undefined ? {} : { status: status as SegmentStatus }),
        ...(note === undefined ? {} : { note })
      })
      if (!result.ok) return printFailure(io, result.error)
      const after = await segmentsOf(dispatch, io, id!, lang)
      if (typeof after === 'number') return after
      const edited = after.rows.find((r) => r.id === row.id)!
      if (values.json) io.out(JSON.stringify(segmentJson(edited), null, 2))
      else io.out(t('cli:postEdit.done', { n, id, lang: after.lang, status: t(`translate:segmentStatus.${edited.status}`), hter: hterText(edited.hter) }))
      return EXIT.ok
    })
  }
}

export const qaCommand = translationReader('qa', async ({ dispatch }, id, lang, values, io, t) => {
  const result = await call(dispatch, 'runQa', { articleId: id, lang })
  if (!result.ok) return printFailure(io, result.error)
  const { findings } = result.value
  const code = findings.some((f) => f.severity === 'error') ? EXIT.someFailed : EXIT.ok
  if (values.json) {
    io.out(JSON.stringify(findings.map(({ segment, check, severity, message }) => ({ segment, check, severity, message })), null, 2))
    return code
  }
  if (findings.length === 0) {
    io.out(t('cli:qa.none'))
    return code
  }
  const header = ['segment', 'severity', 'check', 'message'].map((c) => t(`cli:qa.column.${c}`))
  const lines = findings.map((f) => [String(f.segment), t(`translate:qa.severity.${f.severity}`, { defaultValue: f.severity }), f.check, f.message])
  for (const line of table([header, ...lines], 160)) io.out(line)
  io.out(t('cli:qa.count', { count: findings.length }))
  return code
})
