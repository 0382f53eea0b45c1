import { findOccurrences } from '@shared/annotation'
import type { Annotation, TextVersion } from '@shared/model'
import { call } from '../dispatch'
import { archiveOption, EXIT, jsonOption, type Command, type ParsedValues } from './command'
import { withSession } from './open'
import { printFailure } from './output'

/** What `annotate` was asked to tag: a quote (one occurrence or all), or a code-point range. */
type AnnotateTarget = { kind: 'quote'; quote: string; occurrence: number | 'all' } | { kind: 'range'; start: number; end: number }

type ArgsResult = { ok: true; target: AnnotateTarget; type: string } | { ok: false; key: string; params?: Record<string, string> }

const str = (v: ParsedValues[string]): string | undefined => (typeof v === 'string' ? v : undefined)

function integer(value: string, min: number): number | null {
  if (!/^\d+$/.test(value)) return null
  const n = Number(value)
  return Number.isSafeInteger(n) && n >= min ? n : null
}

/** A quote as echoed in a message: long ones shortened. */
const clip = (quote: string, max = 80): string => ([...quote].length > max ? `${[...quote].slice(0, max).join('')}…` : quote)

/**
 * Whole-word occurrences of `quote` in `text`, in code points of the text. A typed "ë" is one
 * character (NFC) where the text may hold "e" + a combining mark (NFD), or the reverse:
 * both spellings are looked for.
 */
function findQuote(text: string, quote: string, type: string): { start: number; end: number }[] {
  const byStart = new Map<number, { start: number; end: number }>()
  for (const spelling of new Set([quote, quote.normalize('NFC'), quote.normalize('NFD')])) {
    for (const { start, end } of findOccurrences(text, spelling, { type })) if (!byStart.has(start)) byStart.set(start, { start, end })
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start)
}

/** Checks the option combination of `annotate`; a mistake is a usage error (exit 2). */
export function parseAnnotateArgs(values: ParsedValues): ArgsResult {
  const type = str(values.type)
  const quote = str(values.quote)
  const start = str(values.start)
  const end = str(values.end)
  const occurrence = str(values.occurrence)
  const all = values.all === true
  if (!type) return { ok: false, key: 'annotate.needType' }
  if (quote !== undefined && (start !== undefined || end !== undefined)) return { ok: false, key: 'annotate.quoteOrRange' }
  if (occurrence !== undefined && all) return { ok: false, key: 'annotate.occurrenceOrAll' }
  if (quote === undefined && (occurrence !== undefined || all)) return { ok: false, key: 'annotate.quoteOnly' }
  if (quote !== undefined) {
    if (quote.trim().length === 0) return { ok: false, key: 'annotate.emptyQuote' }
    if (all) return { ok: true, type, target: { kind: 'quote', quote, occurrence: 'all' } }
    const n = occurrence === undefined ? 1 : integer(occurrence, 1)
    if (n === null) return { ok: false, key: 'annotate.badNumber', params: { option: '--occurrence', value: occurrence ?? '' } }
    return { ok: true, type, target: { kind: 'quote', quote, occurrence: n } }
  }
  if (start === undefined && end === undefined) return { ok: false, key: 'annotate.quoteOrRange' }
  if (start === undefined || end === undefined) return { ok: false, key: 'annotate.needBoth' }
  for (const [option, value] of [['--start', start], ['--end', end]] as const) {
    if (integer(value, 0) === null) return { ok: false, key: 'annotate.badNumber', params: { option, value } }
  }
  return { ok: true, type, target: { kind: 'range', start: Number(start), end: Number(end) } }
}

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'annotate.summary',
  usage: 'annotate <id> --type TYPE (--quote TEXT [--occurrence N | --all] | --start S --end E) [--lang L] [--note N] [--entity ENTITY_ID] [--archive DIR] [--json]',
  options: {
    ...archiveOption,
    ...jsonOption,
    type: { type: 'string' },
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    all: { type: 'boolean' },
    start: { type: 'string' },
    end: { type: 'string' },
    note: { type: 'string' },
    entity: { type: 'string' },
    lang: { type: 'string' }
  },
  optionHelp: {
    type: 'annotate.option.type',
    quote: 'annotate.option.quote',
    occurrence: 'annotate.option.occurrence',
    all: 'annotate.option.all',
    start: 'annotate.option.start',
    end: 'annotate.option.end',
    note: 'annotate.option.note',
    entity: 'annotate.option.entity',
    lang: 'annotate.option.lang',
    archive: 'option.archive',
    json: 'option.json'
  },
  minPositionals: 1,
  maxPositionals: 1,
  run: async (values, [id], io, t) => {
    const args = parseAnnotateArgs(values)
    if (!args.ok) {
      io.err(t(`cli:${args.key}`, args.params))
      io.err(`${t('cli:help.usage')}: scriptorium ${annotateCommand.usage}`)
      return EXIT.usage
    }
    const { target, type } = args
    return withSession(values, io, t, async ({ dispatch }) => {
      let ranges: { start: number; end: number }[]
      // --lang: a translation's text (by its language) instead of the article's own.
      const lang = str(values.lang)
      let source: string | undefined
      let version: TextVersion | undefined
      if (lang !== undefined || target.kind === 'quote') {
        const article = await call(dispatch, 'getArticle', { id: id! })
        if (!article.ok) return printFailure(io, article.error)
        const { versions } = article.value.doc
        version = lang === undefined ? versions[0] : (versions.find((v) => v.role === 'translation' && v.lang.toLowerCase() === lang.toLowerCase()) ??
              versions.find((v) => v.lang.toLowerCase() === lang.toLowerCase()))
        if (!version) {
          io.err(t('errors:translation.languageNotFound', { lang }))
          return EXIT.someFailed
        }
        source = lang === undefined ? undefined : version.id
      }
      if (target.kind === 'range') ranges = [target]
      else {
        const found = findQuote(version!.text, target.quote, type)
        const quote = clip(target.quote)
        if (found.length === 0) {
          // Names the text searched: the article's own, or the translation --lang chose.
          io.err(t(version!.role === 'translation' ? 'cli:annotate.quoteNotFoundInTranslation' : 'cli:annotate.quoteNotFound', { quote, lang: version!.lang }))
          return EXIT.someFailed
        }
        if (target.occurrence !== 'all' && target.occurrence > found.length) {
          io.err(t('cli:annotate.occurrenceMissing', { quote, n: target.occurrence, count: found.length }))
          return EXIT.someFailed
        }
        ranges = target.occurrence === 'all' ? found : [found[target.occurrence - 1]!]
      }
      const note = str(values.note)
      const entity = str(values.entity)
      // --all is one undo step (one history entry); occurrences tagged already are skipped.
      const all = target.kind === 'quote' && target.occurrence === 'all'
      const items = ranges.map(({ start, end }) => ({ start, end, type, note, entity }))
      const result = all
        ? await call(dispatch, 'addAnnotations', { articleId: id!, source, items })
        : await call(dispatch, 'addAnnotation', { articleId: id!, source, ...items[0]! })
      let created: Annotation[] = []
      if (result.ok) created = result.value.delta.annotations.put
      else if (result.error.code !== 'annotation.allTagged') return printFailure(io, result.error)
      const skipped = ranges.length - created.length
      if (values.json) {
        io.out(JSON.stringify(created, null, 2))
        return EXIT.ok
      }
      for (const a of created) {
        const { start, end } = a.target.position
        io.out(t('cli:annotate.created', { id: a.id, type: a.type, start, end, exact: a.target.quote.exact }))
      }
      if (skipped > 0) io.out(t('cli:annotate.skipped', { count: skipped }))
      return EXIT.ok
    })
  }
}
