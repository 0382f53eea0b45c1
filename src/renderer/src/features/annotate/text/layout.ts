import { createOffsetMap, asCodePoint, type OffsetMap } from '@shared/anchoring'
import type { Annotation } from '@shared/model'

/** Same rule as the server's (shared/annotation/commands/validate.ts): a blank line. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g

/** A paragraph of the text, in UTF-16 indices of the whole text (trimmed). */
export interface ParagraphRange {
  start: number
  end: number
}

export function paragraphRanges(text: string): ParagraphRange[] {
  const ranges: ParagraphRange[] = []
  let from = 0
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body.length > 0) ranges.push({ start: start + lead, end: start + lead + body.length })
  }
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, text.length)
  return ranges
}

/** An annotation (or suggestion) placed in the DOM's UTF-16 indices, with its stacking level. */
export interface Placed {
  id: string
  type: string
  start: number
  end: number
  /** 0 = the innermost underline; a span enclosing or overlapping others sits lower. */
  level: number
}

/** Spans of one version, converted once at the DOM edge (code points → UTF-16). */
export function placeAnnotations(annotations: readonly Annotation[], sourceId: string, map: OffsetMap): Placed[] {
  const spans = annotations
    .filter((a) => !a.orphan && a.target.source === sourceId)
    .map((a) => ({
      id: a.id,
      type: a.type,
      start: map.toUtf16(asCodePoint(a.target.position.start)) as number,
      end: map.toUtf16(asCodePoint(a.target.position.end)) as number,
      level: 0
    }))
    .filter((s) => s.end > s.start)
  assignLevels(spans)
  return spans
}

/**
 * Inner spans get lower levels so that nested ones stack as separate underlines. Shorter
 * spans are placed first; each takes the lowest level free among the spans it overlaps.
 * Spans only meet within a run of overlapping spans, so each run is levelled on its own
 * (the same levels as over the whole list, without its quadratic cost).
 */
function assignLevels(spans: Placed[]): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let run: Placed[] = []
  let runEnd = -1
  for (const span of sorted) {
    if (span.start >= runEnd && run.length > 0) {
      levelRun(run)
      run = []
    }
    run.push(span)
    runEnd = Math.max(runEnd, span.end)
  }
  levelRun(run)
}

/** `sorted`: spans by start, every one overlapping the run so far. */
function levelRun(sorted: Placed[]): void {
  if (sorted.length === 1) {
    ;(sorted[0] as Placed).level = 0
    return
  }
  const bySize = [...sorted].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
  const placed = new Set<Placed>()
  for (const span of bySize) {
    const used = new Set<number>()
    for (const other of sorted) {
      if (other.start >= span.end) break
      if (other.end > span.start && placed.has(other)) used.add(other.level)
    }
    let level = 0
    while (used.has(level)) level++
    span.level = level
    placed.add(span)
  }
}

/** Groups spans by the paragraph they start in (a span never crosses one). */
export function byParagraph<T extends { start: number }>(paragraphs: readonly ParagraphRange[], spans: readonly T[]): T[][] {
  const groups: T[][] = paragraphs.map(() => [])
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let p = 0
  for (const span of sorted) {
    while (p < paragraphs.length - 1 && span.start >= (paragraphs[p] as ParagraphRange).end) p++
    groups[p]?.push(span)
  }
  return groups
}

export { createOffsetMap }
