import { asCodePoint, codePointLength, sliceCodePoints } from '../../anchoring/code-points'
import { PARAGRAPH_BREAK } from '../../annotation/commands/validate'
import type { ArticleCommand, CommandContext, Outcome } from '../../annotation/commands/types'
import { fail } from '../../annotation/commands/util'
import type { ArticleDoc } from '../../model/documents'
import { SegmentStatus, type AlignedRow } from '../../model/translation'
import { hter } from '../hter'
import { segmentSentences, type Span } from '../segment'
import { editTranslation } from './core'
import { findTranslation, sourceVersion } from './translation-commands'
import type { MoveBoundaryInput } from './types'

const slice = (text: string, span: Span): string => sliceCodePoints(text, asCodePoint(span.start), asCodePoint(span.end))
const isEmpty = (span: Span): boolean => span.start === span.end
const STATUS_ORDER = SegmentStatus.options

/** The last (or first) sentence of a span, in the version's code points. */
function sentenceAt(text: string, span: Span, lang: string, which: 'first' | 'last'): Span {
  const sentences = segmentSentences(slice(text, span), lang)
  const sentence = which === 'last' ? sentences[sentences.length - 1] : sentences[0]
  return sentence ? { start: span.start + sentence.start, end: span.start + sentence.end } : span
}

/** [start, end) trimmed of the whitespace at both ends (an empty span at `start` when only whitespace is left). */
function trimmed(text: string, span: Span): Span {
  const inner = slice(text, span)
  const lead = codePointLength(inner) - codePointLength(inner.trimStart())
  const start = span.start + lead
  return { start, end: Math.max(start, start + codePointLength(inner.trim())) }
}

/**
 * Moves the boundary between a row and the next one on one side: `up` gives this row's last
 * sentence to the next row, `down` takes the next row's first sentence into this row — so a
 * 2-1 bead followed by a 1-1 becomes 1-1 followed by 2-1 on the source side, and back.
 *
 * What the two rows keep: their ids, notes, seconds and ignored checks. Their status becomes
 * the lower of the two (the pairing both were confirmed for has changed). When the target
 * side moves and the giving row was never edited (its text is its MT), the sentence's MT
 * moves with it; otherwise each row keeps its MT, and its HTER is computed again.
 */
export function moveBoundary(doc: ArticleDoc, input: MoveBoundaryInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand> {
  const { version, alignment } = findTranslation(doc, input.lang)
  const at = alignment.rows.findIndex((r) => r.id === input.rowId)
  if (at < 0) fail('segment.notFound', `No segment "${input.rowId}" in this translation`, { id: input.rowId }, 'rowId')
  const row = alignment.rows[at]!
  const next = alignment.rows[at + 1]
  if (!next) fail('segment.lastBoundary', 'This is the last segment: there is no boundary after it', { id: row.id }, 'rowId')
  const source = sourceVersion(doc, alignment)
  const sideOf = (r: AlignedRow): Span | null => (input.side === 'source' ? r.source : r.target)
  const [mine, theirs] = [sideOf(row), sideOf(next)]
  if (!mine || !theirs || !source && input.side === 'source') fail('segment.monolingual', 'This translation has no source text', {}, 'side')
  const text = input.side === 'source' ? source!.text : version.text
  const lang = input.side === 'source' ? source!.lang : version.lang
  const giver = input.direction === 'up' ? mine : theirs
  if (isEmpty(giver)) fail('segment.nothingToMove', 'There is no sentence on this side to move', { side: input.side }, 'direction')
  const sentence = sentenceAt(text, giver, lang, input.direction === 'up' ? 'last' : 'first')
  // The receiver's text and the moved sentence become one span: nothing but spaces may lie between.
  const between = input.direction === 'up' ? { start: sentence.end, end: isEmpty(theirs) ? sentence.end : theirs.start } : { start: isEmpty(mine) ? sentence.start : mine.end, end: sentence.start }
  if (PARAGRAPH_BREAK.test(slice(text, between))) fail('segment.crossesParagraph', 'A segment may not hold a paragraph break', {}, 'direction')
  const [newMine, newTheirs] =
    input.direction === 'up'
      ? [trimmed(text, { start: mine.start, end: sentence.start }), { start: sentence.start, end: isEmpty(theirs) ? sentence.end : theirs.end }]
      : [{ start: isEmpty(mine) ? sentence.start : mine.start, end: sentence.end }, trimmed(text, { start: sentence.end, end: theirs.end })]
  const otherSide = (r: AlignedRow): Span | null => (input.side === 'source' ? r.target : r.source)
  for (const [r, span] of [[row, newMine], [next, newTheirs]] as const) {
    const other = otherSide(r)
    if (isEmpty(span) && (other === null || isEmpty(other))) {
      fail('segment.wouldBeEmpty', 'A segment would be left with no text on either side: join the two instead', { id: r.id }, 'direction')
    }
  }
  const status = STATUS_ORDER[Math.min(STATUS_ORDER.indexOf(row.status), STATUS_ORDER.indexOf(next.status))]!
  const moved: [AlignedRow, AlignedRow] = [
    { ...row, status, ...(input.side === 'source' ? { source: newMine } : { target: newMine }) },
    { ...next, status, ...(input.side === 'source' ? { source: newTheirs } : { target: newTheirs }) }
  ]
  const [a, b] = input.side === 'target' ? retarget(version.text, version.lang, moved, [row, next], input.direction === 'up' ? 0 : 1, sentence) : moved
  return editTranslation(
    doc,
    {
      target: version.id,
      rows: { at, remove: 2, insert: [a, b] },
      action: 'translation.moveBoundary',
      detail: { lang: version.lang, rows: [row.id, next.id], side: input.side, direction: input.direction }
    },
    ctx
  )
}

/**
 * MT and HTER of the two rows after their target spans moved (see moveBoundary): `a` and `b`
 * are the rows after, `before` the two as they were, `giver` which of them gave `sentence`.
 */
function retarget(text: string, lang: string, [a, b]: [AlignedRow, AlignedRow], before: [AlignedRow, AlignedRow], giver: 0 | 1, sentence: Span): [AlignedRow, AlignedRow] {
  const rows: [AlignedRow, AlignedRow] = [{ ...a }, { ...b }]
  const unedited = (r: AlignedRow) => r.mt === slice(text, r.target)
  if (before[giver].mt !== '' && unedited(before[giver])) {
    const receiver = giver === 0 ? 1 : 0
    rows[giver].mt = slice(text, rows[giver].target)
    // An edited receiver keeps its MT and gains the sentence's, on the side it came from.
    const gained = slice(text, sentence)
    rows[receiver].mt = unedited(before[receiver]) ? slice(text, rows[receiver].target) : [receiver === 1 ? gained : before[receiver].mt, receiver === 1 ? before[receiver].mt : gained].filter((p) => p.length > 0).join(' ')
  }
  return rows.map((r, i) => {
    const current = slice(text, r.target)
    return { ...r, hter: r.mt === '' ? null : before[i]!.hter === null && current === r.mt ? null : hter(r.mt, current, lang) }
  }) as [AlignedRow, AlignedRow]
}
