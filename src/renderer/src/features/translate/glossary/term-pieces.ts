/** A piece of a source text: a glossary term (its index in the terms), or the text between terms. UTF-16 offsets. */
export interface TermPiece {
  start: number
  end: number
  term: number | null
}

/**
 * Cuts `text` at the glossary terms' boundaries (given in code points, sorted, not
 * overlapping), as UTF-16 pieces: the DOM's offsets, which the tag marks use, so a term and
 * the tag runs inside it are cut from the same text. Empty pieces are left out.
 */
export function termPieces(text: string, terms: readonly { start: number; end: number }[]): TermPiece[] {
  // UTF-16 offset of each code point (and of the end).
  const at: number[] = []
  let unit = 0
  for (const char of text) {
    at.push(unit)
    unit += char.length
  }
  at.push(unit)
  const utf16 = (point: number) => at[Math.min(Math.max(point, 0), at.length - 1)]!
  const pieces: TermPiece[] = []
  let from = 0
  terms.forEach((term, i) => {
    const start = utf16(term.start)
    const end = utf16(term.end)
    if (start < from || end <= start) return
    if (start > from) pieces.push({ start: from, end: start, term: null })
    pieces.push({ start, end, term: i })
    from = end
  })
  if (from < text.length) pieces.push({ start: from, end: text.length, term: null })
  return pieces
}
