import type { Placed } from './layout'

/** A run of text covered by the same set of spans. */
export interface Segment {
  start: number
  end: number
  /** Covering annotations, innermost (lowest level) first. */
  marks: Placed[]
  /** Covering suggestions (indices into the suggestion list). */
  suggestions: Placed[]
}

/**
 * Splits [start, end) at every boundary of every span, so overlapping and nested spans are
 * all visible: each segment knows every span that covers it. O((n + b) log n) per paragraph.
 */
export function segment(start: number, end: number, marks: readonly Placed[], suggestions: readonly Placed[]): Segment[] {
  // Spans reaching outside [start, end) (or lying wholly outside it) cut it at its edges only.
  const clamp = (at: number) => Math.min(end, Math.max(start, at))
  const cuts = new Set<number>([start, end])
  for (const s of marks) cuts.add(clamp(s.start)).add(clamp(s.end))
  for (const s of suggestions) cuts.add(clamp(s.start)).add(clamp(s.end))
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number
    const b = points[i + 1] as number
    if (b <= a) continue
    const covering = marks.filter((s) => s.start <= a && s.end >= b).sort((x, y) => x.level - y.level)
    const suggested = suggestions.filter((s) => s.start <= a && s.end >= b)
    out.push({ start: a, end: b, marks: covering, suggestions: suggested })
  }
  return out
}

/** Among several spans under a click, the next one after the current (cycling), else the innermost. */
export function nextUnderClick(ids: readonly string[], current: string | null): string | null {
  if (ids.length === 0) return null
  const at = current ? ids.indexOf(current) : -1
  return ids[(at + 1) % ids.length] ?? null
}
