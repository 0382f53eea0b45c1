/**
 * Replaced by tr-core at merge: a stand-in with the spec's signature (1-1 beads by order, the
 * remainder as 1-0 or 0-1 beads) so that tr-model builds alone.
 */
import type { Span } from './segment'

export interface Bead {
  source: Span
  target: Span
}

/** Beads covering both texts in order; an empty span (start === end) marks a 1-0 or 0-1 bead. */
export function alignSegments(
  source: { text: string; lang: string; spans: Span[] },
  target: { text: string; lang: string; spans: Span[] },
  _names?: { source: string; target: string }[]
): Bead[] {
  const beads: Bead[] = []
  const n = Math.max(source.spans.length, target.spans.length)
  let lastSource = 0
  let lastTarget = 0
  for (let i = 0; i < n; i++) {
    const s = source.spans[i] ?? { start: lastSource, end: lastSource }
    const t = target.spans[i] ?? { start: lastTarget, end: lastTarget }
    lastSource = s.end
    lastTarget = t.end
    beads.push({ source: s, target: t })
  }
  return beads
}
