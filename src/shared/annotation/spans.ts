/** A typed span in UTF-16 indices, before conversion to code points at the edge. */
export interface RawSpan {
  start: number
  end: number
  type: string
}

/**
 * Keeps a flat, non-overlapping subset, longest first (ties: earlier first, then the order
 * given, so callers list their more trusted source first). News names nest
 * ("Xinglong District" inside "Xinglong District Party Committee"); the longest reading
 * is the one an archivist tags, as the gold guidelines say.
 */
export function longestFlat<T extends RawSpan>(spans: readonly T[]): T[] {
  const order = spans.map((span, i) => ({ span, i }))
  order.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start || a.i - b.i)
  const kept: T[] = []
  for (const { span } of order) {
    if (kept.every((k) => span.end <= k.start || span.start >= k.end)) kept.push(span)
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** True when [start, end) overlaps any of `ranges`. */
export const overlapsAny = (start: number, end: number, ranges: readonly { start: number; end: number }[]): boolean =>
  ranges.some((r) => start < r.end && r.start < end)

/** Every match of a global regex, with the span of `group` (0 = the whole match). */
export function regexSpans(text: string, regex: RegExp, type: string, group = 0): RawSpan[] {
  const spans: RawSpan[] = []
  for (const match of text.matchAll(regex)) {
    const whole = match[0]
    const part = match[group]
    if (part === undefined || part.length === 0) continue
    const offset = group === 0 ? 0 : whole.indexOf(part)
    const start = (match.index ?? 0) + offset
    spans.push({ start, end: start + part.length, type })
  }
  return spans
}
