export {
  asCodePoint,
  asUtf16,
  codePointLength,
  createOffsetMap,
  isBmpOnly,
  sliceCodePoints,
  toCodePointOffset,
  toUtf16Index,
  type CodePointOffset,
  type OffsetMap,
  type Utf16Index
} from './code-points'
export { exactOccurrences, matchQuote, type QuoteContext, type QuoteMatch } from './match-quote'
export { reanchor, reanchorAll, type ReanchorMethod, type ReanchorResult } from './reanchor'
export {
  QUOTE_CONTEXT,
  buildSelectors,
  contextMatches,
  positionMatchesQuote,
  readPosition,
  type Selectors
} from './selectors'
