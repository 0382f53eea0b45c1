import type { Annotation } from '../../model'
import { escapeHtml, typeClass } from './escape'

/**
 * The code points [from, to) as HTML with each mention marked. Mentions may overlap, so the
 * text is cut at every mention edge and each piece is wrapped in one `<mark>` per mention
 * covering it (longest outermost): marks nest and never cross.
 */
export function highlight(points: readonly string[], from: number, to: number, mentions: readonly Annotation[]): string {
  const inside = mentions.filter((a) => a.target.position.start < to && a.target.position.end > from && a.target.position.end > a.target.position.start)
  const edges = new Set<number>([from, to])
  for (const a of inside) {
    edges.add(Math.max(from, a.target.position.start))
    edges.add(Math.min(to, a.target.position.end))
  }
  const cuts = [...edges].sort((a, b) => a - b)
  let out = ''
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    const text = escapeHtml(points.slice(start, end).join(''))
    const covering = inside
      .filter((a) => a.target.position.start <= start && a.target.position.end >= end)
      .sort((a, b) => b.target.position.end - b.target.position.start - (a.target.position.end - a.target.position.start))
    out += covering.reduceRight(
      (inner, a) => `<mark class="${typeClass(a.type)}" title="${escapeHtml(a.type)}">${inner}</mark>`,
      text
    )
  }
  return out
}
