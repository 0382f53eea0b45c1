import type { RejectedSuggestion } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import { asCodePoint, codePointLength, sliceCodePoints } from '../../anchoring/code-points'
import type { ArticleCommand, ArticleContext, ForgetRejectionsInput, Outcome, RejectSuggestionsInput } from './types'
import { fail, makeEvent, withEvent } from './util'
import { requireType, requireVersion } from './validate'

/** Identity of a rejection: the same span, type and text of the same version. */
export const rejectionKey = (r: RejectedSuggestion): string => `${r.source}:${r.start}:${r.end}:${r.type}:${r.exact}`

function toRejection(doc: ArticleDoc, item: RejectSuggestionsInput['items'][number], ctx: ArticleContext): RejectedSuggestion {
  const version = requireVersion(doc, item.source)
  requireType(ctx, item.type)
  const length = codePointLength(version.text)
  if (item.start >= item.end) fail('annotation.invalidRange', `Invalid range ${item.start}–${item.end}`, { start: item.start, end: item.end }, 'start')
  if (item.end > length) {
    fail('annotation.outOfRange', `The range ends at ${item.end}, past the end of the text (${length})`, { end: item.end, length }, 'end')
  }
  const exact = sliceCodePoints(version.text, asCodePoint(item.start), asCodePoint(item.end))
  return { source: version.id, start: item.start, end: item.end, type: item.type, exact }
}

/**
 * Remembers suggestions the archivist turned down, so they are not offered again in this
 * article. One undo step; rejections already remembered are not added twice.
 */
export function rejectSuggestions(
  doc: ArticleDoc,
  input: RejectSuggestionsInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, number> {
  const before = doc.rejected ?? []
  const known = new Set(before.map(rejectionKey))
  const added: RejectedSuggestion[] = []
  for (const item of input.items) {
    const rejection = toRejection(doc, item, ctx)
    const key = rejectionKey(rejection)
    if (known.has(key)) continue
    known.add(key)
    added.push(rejection)
  }
  const detail = added.length === 1 ? { type: added[0]?.type, exact: added[0]?.exact } : { count: added.length }
  const event = makeEvent(ctx, 'suggestion.reject', detail)
  const inverse: ArticleCommand = { kind: 'forgetRejections', input: { items: added } }
  if (added.length === 0) return { doc, inverse, event, value: 0, unchanged: true }
  return { doc: withEvent({ ...doc, rejected: [...before, ...added] }, event), inverse, event, value: added.length }
}

/** Forgets rejections (the inverse of rejecting them): the suggestions may be offered again. */
export function forgetRejections(
  doc: ArticleDoc,
  input: ForgetRejectionsInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, number> {
  const gone = new Set(input.items.map(rejectionKey))
  const before = doc.rejected ?? []
  const kept = before.filter((r) => !gone.has(rejectionKey(r)))
  const removed = before.filter((r) => gone.has(rejectionKey(r)))
  const event = makeEvent(ctx, 'suggestion.forget', removed.length === 1 ? { type: removed[0]?.type, exact: removed[0]?.exact } : { count: removed.length })
  const inverse: ArticleCommand = { kind: 'rejectSuggestions', input: { items: removed } }
  if (removed.length === 0) return { doc, inverse, event, value: 0, unchanged: true }
  return { doc: withEvent({ ...doc, rejected: kept }, event), inverse, event, value: removed.length }
}
