import approxSearch from 'approx-string-match'

/**
 * Fuzzy quote matching in the manner of hypothesis/client's match-quote.ts: strings only,
 * no DOM, no selectors. All offsets here are UTF-16 indices, because that is what
 * approx-string-match and String.indexOf count; callers convert at the edge
 * (see code-points.ts).
 */
export interface QuoteMatch {
  start: number
  end: number
  /** 0..1, higher is better; see `scoreMatch` for how it is weighed. */
  score: number
}

export interface QuoteContext {
  prefix?: string
  suffix?: string
  /** Where the quote is expected to start (UTF-16 index), e.g. the old position. */
  hint?: number
  /**
   * Edits tolerated inside the quote. 0 means exact matches only. Defaults to half the quote
   * (Hypothesis' choice); re-anchoring passes a stricter bound.
   */
  maxErrors?: number
  /**
   * When true (the default) the approximate search is skipped if the quote occurs exactly.
   * False also weighs near matches against exact ones, e.g. when every exact occurrence
   * has the wrong context.
   */
  exactFirst?: boolean
}

interface Candidate {
  start: number
  end: number
  errors: number
}

/** Every exact occurrence; `indexOf` is ~100x cheaper than the approximate search. */
export function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = []
  if (quote.length === 0) return found
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 })
  }
  return found
}

function candidates(text: string, quote: string, maxErrors: number, exactFirst: boolean): Candidate[] {
  const exact = exactOccurrences(text, quote)
  if ((exactFirst && exact.length > 0) || maxErrors < 1) return exact
  return [...exact, ...approxSearch(text, quote, Math.floor(maxErrors))]
}

/** Similarity of `text` and `str` in 0..1: one minus the edit distance relative to `str`. */
function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0
  if (text === str) return 1
  const best = approxSearch(text, str, str.length)[0]
  return best === undefined ? 0 : 1 - best.errors / str.length
}

/*
 * Weights, as in Hypothesis. The quote dominates (50): a span is first of all its text.
 * Prefix and suffix (20 each) tell repeated quotes apart and confirm a fuzzy match; two
 * contexts together (40) can outweigh a few errors in the quote but not a wholly different
 * quote. Closeness to the hint (2) only breaks ties between otherwise equal candidates,
 * since an edit far before the span moves it by any amount.
 */
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/**
 * An empty context is information too: the quote began (or ended) the text. A candidate at
 * that edge scores 1, elsewhere 0.5 — halfway, since text may since have been added there.
 */
const edgeScore = (atEdge: boolean): number => (atEdge ? 1 : 0.5)

/** Normalised score of one candidate; an absent (undefined) context counts as matching. */
function scoreMatch(text: string, quote: string, match: Candidate, context: QuoteContext): number {
  const quoteScore = 1 - match.errors / quote.length
  const prefixScore =
    context.prefix === undefined
      ? 1
      : context.prefix === ''
        ? edgeScore(match.start === 0)
        : similarity(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
  const suffixScore =
    context.suffix === undefined
      ? 1
      : context.suffix === ''
        ? edgeScore(match.end === text.length)
        : similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix)
  const positionScore =
    context.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(match.start - context.hint) / text.length
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore
  return raw / MAX_SCORE
}

/**
 * The best place for `quote` in `text`, or null when nothing is within `maxErrors`.
 * Exact occurrences are tried first; the approximate search runs only when there is none.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null
  const maxErrors = context.maxErrors ?? Math.min(256, quote.length / 2)
  let best: QuoteMatch | null = null
  for (const match of candidates(text, quote, maxErrors, context.exactFirst ?? true)) {
    const score = scoreMatch(text, quote, match, context)
    if (best === null || score > best.score) best = { start: match.start, end: match.end, score }
  }
  return best
}
