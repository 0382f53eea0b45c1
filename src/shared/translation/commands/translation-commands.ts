import { asCodePoint, codePointLength, sliceCodePoints } from '../../anchoring/code-points'
import { PARAGRAPH_BREAK } from '../../annotation/commands/validate'
import type { ArticleCommand, CommandContext, Outcome } from '../../annotation/commands/types'
import { fail } from '../../annotation/commands/util'
import type { TextVersion } from '../../model/article'
import type { ArticleDoc } from '../../model/documents'
import { SegmentStatus, type AlignedRow, type Alignment } from '../../model/translation'
import { alignSegments } from '../align'
import { hter } from '../hter'
import { segmentSentences, type Span } from '../segment'
import { editTranslation, setTranslation } from './core'
import type {
  AddTranslationInput,
  IgnoreQaInput,
  MarkMachineInput,
  MergeSegmentsInput,
  PostEditInput,
  SplitSegmentInput
} from './types'

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/
export const ENGINE_MAX = 200
export const SEGMENT_NOTE_MAX = 10_000

const slice = (text: string, span: Span): string => sliceCodePoints(text, asCodePoint(span.start), asCodePoint(span.end))

/** The version a translation's alignment targets, by language: the translation a CLI or a window names. */
export function findTranslation(doc: ArticleDoc, lang: string): { version: TextVersion; alignment: Alignment; index: number } {
  const alignments = doc.alignments
  for (let index = 0; index < alignments.length; index++) {
    const alignment = alignments[index]!
    const version = doc.versions.find((v) => v.id === alignment.target)
    if (version && sameLanguage(version.lang, lang)) return { version, alignment, index }
  }
  return fail('translation.languageNotFound', `This article has no translation in "${lang}"`, { lang }, 'lang')
}

const sameLanguage = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

function findRow(alignment: Alignment, rowId: string): { row: AlignedRow; at: number } {
  const at = alignment.rows.findIndex((r) => r.id === rowId)
  if (at < 0) fail('segment.notFound', `No segment "${rowId}" in this translation`, { id: rowId }, 'rowId')
  return { row: alignment.rows[at]!, at }
}

/** The version the translation was aligned with: the article's original. */
export function sourceVersion(doc: ArticleDoc, alignment: Alignment): TextVersion | null {
  return alignment.source === null ? null : (doc.versions.find((v) => v.id === alignment.source) ?? null)
}

function newRow(ctx: CommandContext, source: Span | null, target: Span, mt: string, status: AlignedRow['status']): AlignedRow {
  return { id: ctx.newId(), source, target, status, note: '', mt, hter: null, seconds: 0, ignored: [] }
}

function requireEngine(engine: string | undefined): void {
  if (engine !== undefined && (engine.length > ENGINE_MAX || engine.trim().length === 0)) {
    fail('translation.invalidEngine', 'An engine name must hold 1 to 200 characters', { max: ENGINE_MAX }, 'engine')
  }
}

/**
 * Adds a translation: a new text version, segmented into sentences and aligned with the
 * article's original, one row per bead. Machine output keeps each segment's text as `mt`.
 */
export function addTranslation(doc: ArticleDoc, input: AddTranslationInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand, { versionId: string; segments: number }> {
  const lang = input.lang.trim()
  if (lang.length > 35 || !LANGUAGE.test(lang)) fail('translation.invalidLanguage', `"${input.lang}" is not a language tag`, { value: input.lang }, 'lang')
  if (doc.versions.some((v) => sameLanguage(v.lang, lang))) {
    fail('translation.exists', `This article has a text in "${lang}" already`, { lang }, 'lang')
  }
  if (input.text.trim().length === 0) fail('translation.emptyText', 'The translation is empty', {}, 'text')
  requireEngine(input.engine)
  const origin = input.origin ?? 'machine'
  const source = doc.versions.find((v) => v.role === 'original') ?? doc.versions[0]!
  const version: TextVersion = {
    id: ctx.newId(),
    lang,
    role: 'translation',
    origin,
    ...(origin === 'machine' && input.engine ? { engine: input.engine.trim() } : {}),
    text: input.text
  }
  const beads = alignSegments(
    { text: source.text, lang: source.lang, spans: segmentSentences(source.text, source.lang) },
    { text: version.text, lang, spans: segmentSentences(version.text, lang) }
  )
  const status = origin === 'machine' ? 'initial' : 'translated'
  const rows = beads.map((bead) => newRow(ctx, bead.source, bead.target, origin === 'machine' ? slice(version.text, bead.target) : '', status))
  const alignment: Alignment = { source: source.id, target: version.id, rows }
  const outcome = setTranslation(
    doc,
    { versionId: version.id, version: { item: version, index: doc.versions.length }, alignment: { item: alignment, index: doc.alignments.length }, action: 'translation.add', detail: { lang, origin, segments: rows.length } },
    ctx
  )
  return { ...outcome, value: { versionId: version.id, segments: rows.length } }
}

/**
 * Marks the article's own text as machine translation with no original: its sentences become
 * rows without a source, each keeping its text as `mt`. Post-editing it is monolingual.
 */
export function markMachineTranslation(doc: ArticleDoc, input: MarkMachineInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand, { versionId: string; segments: number }> {
  const version = doc.versions[0]!
  if (doc.alignments.some((a) => a.target === version.id)) {
    fail('translation.alreadyMarked', 'This article is marked as machine translation already', {}, 'engine')
  }
  requireEngine(input.engine)
  const { engine: _engine, ...rest } = version
  const marked: TextVersion = { ...rest, origin: 'machine', ...(input.engine ? { engine: input.engine.trim() } : {}) }
  const rows = segmentSentences(version.text, version.lang).map((span) => newRow(ctx, null, span, slice(version.text, span), 'initial'))
  const outcome = setTranslation(
    doc,
    { versionId: version.id, version: { item: marked, index: 0 }, alignment: { item: { source: null, target: version.id, rows }, index: doc.alignments.length }, action: 'translation.mark', detail: { segments: rows.length } },
    ctx
  )
  return { ...outcome, value: { versionId: version.id, segments: rows.length } }
}

/**
 * Post-edits one row: its target text replaced (later rows and the version's annotations
 * move; annotations in the replaced range are re-anchored by quote or become orphans), HTER
 * recomputed against the MT, seconds added, status and note set.
 */
export function postEdit(doc: ArticleDoc, input: PostEditInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand> {
  const { version, alignment } = findTranslation(doc, input.lang)
  const { row, at } = findRow(alignment, input.rowId)
  if (input.status !== undefined && !SegmentStatus.safeParse(input.status).success) {
    fail('segment.invalidStatus', `"${String(input.status)}" is not a segment status`, { value: String(input.status) }, 'status')
  }
  if (input.note !== undefined && input.note.length > SEGMENT_NOTE_MAX) {
    fail('segment.noteTooLong', `A note may hold at most ${SEGMENT_NOTE_MAX} characters`, { max: SEGMENT_NOTE_MAX }, 'note')
  }
  if (input.seconds !== undefined && !(Number.isFinite(input.seconds) && input.seconds >= 0)) {
    fail('segment.invalidSeconds', 'Seconds must be a number of at least 0', {}, 'seconds')
  }
  const current = slice(version.text, row.target)
  const text = input.text === undefined ? current : input.text.trim()
  if (PARAGRAPH_BREAK.test(text)) fail('segment.crossesParagraph', 'A segment may not hold a paragraph break', {}, 'text')
  const textChanged = text !== current
  // Text typed into an empty segment (a 1-0 bead) is kept apart from its neighbours by a space
  // in languages written with spaces; the space lies outside the segment.
  const [lead, trail] = row.target.start === row.target.end && text.length > 0 ? spacing(version, row.target.start) : ['', '']
  const start = row.target.start + lead.length
  const next: AlignedRow = {
    ...row,
    target: textChanged ? { start, end: start + codePointLength(text) } : row.target,
    status: input.status ?? row.status,
    note: input.note ?? row.note,
    hter: textChanged && row.mt.length > 0 ? hter(row.mt, text, version.lang) : row.hter,
    seconds: row.seconds + (input.seconds ?? 0)
  }
  if (!textChanged && JSON.stringify(next) === JSON.stringify(row)) {
    fail('segment.unchanged', 'Nothing to change in this segment', { id: row.id }, 'rowId')
  }
  return editTranslation(
    doc,
    {
      target: version.id,
      ...(textChanged ? { patch: { versionId: version.id, start: row.target.start, end: row.target.end, text: lead + text + trail } } : {}),
      rows: { at, remove: 1, insert: [next] },
      action: 'translation.postEdit',
      detail: { lang: version.lang, row: row.id, ...(textChanged ? { text: true } : {}), ...(input.status ? { status: input.status } : {}) },
      // Status and note edits of one row merge into one undo step (their inverse restores the row
      // as it was); a text edit never does: its inverse is a patch of the text as it was then.
      ...(textChanged ? {} : { mergeKey: `postEdit:${alignment.target}:${row.id}` })
    },
    ctx
  )
}

/** Languages written without spaces between sentences. */
const UNSPACED = /^(zh|ja|th|lo|km|my)(-|$)/i

/** The spaces to put before and after text inserted at `at` so that it does not touch the text around it. */
function spacing(version: TextVersion, at: number): [string, string] {
  if (UNSPACED.test(version.lang)) return ['', '']
  const chars = [...version.text]
  const before = chars[at - 1]
  const after = chars[at]
  return [before !== undefined && /\S/u.test(before) ? ' ' : '', after !== undefined && /\S/u.test(after) ? ' ' : '']
}

const STATUS_ORDER = SegmentStatus.options

/** Splits a row in two at an offset of its source or target text. */
export function splitSegment(doc: ArticleDoc, input: SplitSegmentInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand> {
  const { version, alignment } = findTranslation(doc, input.lang)
  const { row, at } = findRow(alignment, input.rowId)
  const span = input.side === 'source' ? row.source : row.target
  if (!span) fail('segment.monolingual', 'This translation has no source text to split', {}, 'side')
  if (!Number.isInteger(input.at) || input.at <= span.start || input.at >= span.end) {
    fail('segment.invalidSplit', `The split must lie strictly inside the segment (${span.start}–${span.end})`, { at: input.at, start: span.start, end: span.end }, 'at')
  }
  const text = input.side === 'source' ? (sourceVersion(doc, alignment)?.text ?? '') : version.text
  const [first, second] = splitSpan(text, span, input.at)
  let a: AlignedRow
  let b: AlignedRow
  if (input.side === 'target') {
    const unedited = row.mt === slice(version.text, row.target)
    const offset = input.at - row.target.start
    const mtA = unedited ? [...row.mt].slice(0, offset).join('').trimEnd() : row.mt
    const mtB = unedited ? [...row.mt].slice(offset).join('').trimStart() : ''
    a = { ...row, target: first, mt: mtA }
    b = { ...newRow(ctx, row.source && { start: row.source.end, end: row.source.end }, second, mtB, row.status) }
    if (row.hter !== null) {
      a.hter = mtA ? hter(mtA, slice(text, first), version.lang) : null
      b.hter = mtB ? hter(mtB, slice(text, second), version.lang) : null
    }
  } else {
    a = { ...row, source: first }
    b = newRow(ctx, second, { start: row.target.end, end: row.target.end }, '', row.status)
  }
  return editTranslation(
    doc,
    { target: version.id, rows: { at, remove: 1, insert: [a, b] }, action: 'translation.split', detail: { lang: version.lang, row: row.id, side: input.side } },
    ctx
  )
}

/** [start, at) and [at, end), each without the whitespace at the cut. */
function splitSpan(text: string, span: Span, at: number): [Span, Span] {
  const left = slice(text, { start: span.start, end: at })
  const right = slice(text, { start: at, end: span.end })
  const first = { start: span.start, end: span.start + codePointLength(left.trimEnd()) }
  const second = { start: span.end - codePointLength(right.trimStart()), end: span.end }
  if (first.end <= first.start || second.end <= second.start) {
    fail('segment.invalidSplit', 'Both halves of a split must hold text', { at, start: span.start, end: span.end }, 'at')
  }
  return [first, second]
}

const union = (a: Span | null, b: Span | null): Span | null =>
  a && b ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : (a ?? b)

/** Merges a row with the next one: spans joined, MT, notes and seconds combined. */
export function mergeSegments(doc: ArticleDoc, input: MergeSegmentsInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand> {
  const { version, alignment } = findTranslation(doc, input.lang)
  const { row, at } = findRow(alignment, input.rowId)
  const other = alignment.rows[at + 1]
  if (!other) fail('segment.last', 'This is the last segment: there is none to merge it with', { id: row.id }, 'rowId')
  const gap = slice(version.text, { start: row.target.end, end: other.target.start })
  const isEmpty = (s: Span | null) => s === null || s.start === s.end
  const source = isEmpty(row.source) ? other.source : isEmpty(other.source) ? row.source : union(row.source, other.source)
  const target = isEmpty(row.target) ? other.target : isEmpty(other.target) ? row.target : union(row.target, other.target)!
  const joinedMt = row.mt && other.mt ? row.mt + (gap.length > 0 ? gap : ' ') + other.mt : row.mt + other.mt
  const edited = row.hter !== null || other.hter !== null
  const merged: AlignedRow = {
    ...row,
    source: alignment.source === null ? null : (source ?? row.source),
    target,
    status: STATUS_ORDER[Math.min(STATUS_ORDER.indexOf(row.status), STATUS_ORDER.indexOf(other.status))]!,
    note: [row.note, other.note].filter((n) => n.length > 0).join('\n'),
    mt: joinedMt,
    hter: edited && joinedMt ? hter(joinedMt, slice(version.text, target), version.lang) : null,
    seconds: row.seconds + other.seconds,
    ignored: [...new Set([...row.ignored, ...other.ignored])].slice(0, 20)
  }
  return editTranslation(
    doc,
    { target: version.id, rows: { at, remove: 2, insert: [merged] }, action: 'translation.merge', detail: { lang: version.lang, rows: [row.id, other.id] } },
    ctx
  )
}

/** Ignores (or stops ignoring) one QA check on one row. */
export function ignoreQaFinding(doc: ArticleDoc, input: IgnoreQaInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand> {
  const { version, alignment } = findTranslation(doc, input.lang)
  const { row, at } = findRow(alignment, input.rowId)
  const has = row.ignored.includes(input.check)
  if (has === input.ignored) fail('segment.unchanged', 'Nothing to change in this segment', { id: row.id }, 'ignored')
  if (input.ignored && row.ignored.length >= 20) fail('segment.tooManyIgnored', 'At most 20 checks can be ignored on a segment', { max: 20 }, 'check')
  const ignored = input.ignored ? [...row.ignored, input.check] : row.ignored.filter((c) => c !== input.check)
  return editTranslation(
    doc,
    { target: version.id, rows: { at, remove: 1, insert: [{ ...row, ignored }] }, action: 'translation.ignoreQa', detail: { lang: version.lang, row: row.id, check: input.check, ignored: input.ignored } },
    ctx
  )
}
