const segmenters = new Map<string, Intl.Segmenter>()

function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' })
    segmenters.set(lang, segmenter)
  }
  return segmenter
}

/** Every Intl.Segmenter word segment, whitespace included, so that joining them gives the text back. */
export function wordPieces(text: string, lang: string): string[] {
  return Array.from(wordSegmenter(lang).segment(text), (s) => s.segment)
}

/** Intl.Segmenter words (Chinese too), punctuation kept as tokens, whitespace dropped. */
export function wordTokens(text: string, lang: string): string[] {
  return wordPieces(text, lang).filter((piece) => piece.trim() !== '')
}
