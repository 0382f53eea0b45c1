import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation'
import { asCodePoint, codePointLength, sliceCodePoints, type CodePointOffset } from './code-points'

/** Code points of context kept on each side of a quote: enough to tell repeated quotes apart. */
export const QUOTE_CONTEXT = 32

export interface Selectors {
  position: TextPositionSelector
  quote: TextQuoteSelector
}

/**
 * Both selectors for the code-point range [start, end) of `text`. The position is fast and
 * exact while the text is unchanged; the quote with its context survives edits.
 */
export function buildSelectors(text: string, start: CodePointOffset, end: CodePointOffset): Selectors {
  const exact = sliceCodePoints(text, start, end)
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: sliceCodePoints(text, asCodePoint(Math.max(0, start - QUOTE_CONTEXT)), start),
      suffix: sliceCodePoints(text, end, asCodePoint(end + QUOTE_CONTEXT))
    }
  }
}

/** The text a position selector covers, or null when it lies outside `text`. */
export function readPosition(text: string, position: TextPositionSelector): string | null {
  if (position.start < 0 || position.end < position.start) return null
  if (position.end > codePointLength(text)) return null
  return sliceCodePoints(text, asCodePoint(position.start), asCodePoint(position.end))
}

/** True when the position still covers the quote's exact text (the cheap anchoring path). */
export function positionMatchesQuote(text: string, selectors: Selectors): boolean {
  return readPosition(text, selectors.position) === selectors.quote.exact
}

/** True when the quote's prefix and suffix are still exactly around the position. */
export function contextMatches(text: string, selectors: Selectors): boolean {
  const fresh = buildSelectors(text, asCodePoint(selectors.position.start), asCodePoint(selectors.position.end))
  return fresh.quote.prefix === selectors.quote.prefix && fresh.quote.suffix === selectors.quote.suffix
}
