import type { Annotation } from '../model/annotation'
import { asCodePoint, asUtf16, createOffsetMap, type OffsetMap } from './code-points'
import { matchQuote, type QuoteMatch } from './match-quote'
import { buildSelectors, contextMatches, positionMatchesQuote } from './selectors'

/** How an annotation was found again; `orphan` means it was not, and it is kept as it was. */
export type ReanchorMethod = 'position' | 'quote' | 'fuzzy' | 'orphan'

export interface ReanchorResult {
  annotation: Annotation
  method: ReanchorMethod
}

/**
 * An exact occurrence whose context scores at least this is taken without trying the fuzzy
 * search (0.9 ≈ prefix and suffix nearly intact). Below it the fuzzy search may find the
 * real span (edited in place) while an unrelated copy of the quote sits elsewhere.
 */
const CONFIDENT_EXACT = 0.9
/**
 * A fuzzy match must score at least this. With no context at all a perfect quote scores
 * 52/92 ≈ 0.57, so 0.7 demands that the prefix or suffix (or both, partly) agree: a short
 * quote deleted from the text must not jump to a look-alike word elsewhere.
 */
const FUZZY_MIN_SCORE = 0.7
/** Edits tolerated inside a quote: a quarter of it. Short quotes (< 4) must match exactly. */
const fuzzyBudget = (length: number): number => Math.min(256, Math.floor(length / 4))

function moved(annotation: Annotation, text: string, map: OffsetMap, match: QuoteMatch): Annotation {
  const start = map.toCodePoint(asUtf16(match.start))
  const end = map.toCodePoint(asUtf16(match.end))
  const { position, quote } = buildSelectors(text, start, end)
  return { ...annotation, orphan: false, target: { ...annotation.target, position, quote } }
}

/**
 * Finds `annotation` again in `text` (a new version of the text it was made on). Cheapest
 * first, because the fuzzy search costs ~100x an exact one: (1) the old position still
 * holds the quote with the same context; (2) the best exact occurrence of the quote, by
 * context and closeness to the old position; (3) an approximate match. A match refreshes
 * position, quote and context; a miss marks the annotation `orphan` with its old
 * selectors intact, so the panel can list it and nothing is silently lost.
 */
export function reanchor(annotation: Annotation, text: string, map: OffsetMap = createOffsetMap(text)): ReanchorResult {
  const selectors = { position: annotation.target.position, quote: annotation.target.quote }
  if (positionMatchesQuote(text, selectors) && contextMatches(text, selectors)) {
    return { annotation: annotation.orphan ? { ...annotation, orphan: false } : annotation, method: 'position' }
  }
  const { exact, prefix, suffix } = annotation.target.quote
  const context = { prefix, suffix, hint: map.toUtf16(asCodePoint(annotation.target.position.start)) }
  const exactMatch = matchQuote(text, exact, { ...context, maxErrors: 0 })
  if (exactMatch && exactMatch.score >= CONFIDENT_EXACT) {
    return { annotation: moved(annotation, text, map, exactMatch), method: 'quote' }
  }
  const budget = fuzzyBudget(exact.length)
  const fuzzy = budget > 0 ? matchQuote(text, exact, { ...context, maxErrors: budget, exactFirst: false }) : null
  const fuzzyOk = fuzzy !== null && fuzzy.score >= FUZZY_MIN_SCORE
  if (exactMatch && (!fuzzyOk || exactMatch.score >= fuzzy.score)) {
    return { annotation: moved(annotation, text, map, exactMatch), method: 'quote' }
  }
  if (fuzzyOk) return { annotation: moved(annotation, text, map, fuzzy), method: 'fuzzy' }
  return { annotation: annotation.orphan ? annotation : { ...annotation, orphan: true }, method: 'orphan' }
}

/** Re-anchors every annotation on one text, sharing the offset map between them. */
export function reanchorAll(annotations: readonly Annotation[], text: string): ReanchorResult[] {
  const map = createOffsetMap(text)
  return annotations.map((annotation) => reanchor(annotation, text, map))
}
