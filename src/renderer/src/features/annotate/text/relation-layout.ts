/** Where a relation's end sits: the head highlight's anchor point and its line's gap above. */
export interface Endpoint {
  x: number
  /** Top of the highlight's text (its content box), relative to the text's root. */
  top: number
  /** Height of the empty band between this line's text and the line above it. */
  gap: number
}

export interface RelationEnds {
  id: string
  label: string
  /** Label width in pixels, measured by the caller in the label's font. */
  width: number
  from: Endpoint
  to: Endpoint
}

export interface Arrow {
  id: string
  label: string
  d: string
  /** The label's box: centred in the gap above the higher end, never over text. */
  box: { x: number; y: number; width: number; height: number }
}

export const LABEL_HEIGHT = 14
/** Horizontal room between two labels sharing a gap. */
const LABEL_SPACING = 6

/**
 * Curves from the source to the target, peaking in the middle of the gap above the higher
 * end, where the label sits on a background: the label then covers only the blank band
 * between two lines, never a word. A cubic Bézier with both control points at height c
 * peaks at three quarters of the way from its ends to c, hence the 4/3.
 */
function arc(from: Endpoint, to: Endpoint): { d: string; peak: number } {
  const upper = from.top <= to.top ? from : to
  const peak = upper.top - upper.gap / 2
  const base = Math.min(from.top, to.top)
  const control = base + ((peak - base) * 4) / 3
  return { d: `M ${from.x} ${from.top - 1} C ${from.x} ${control}, ${to.x} ${control}, ${to.x} ${to.top - 3}`, peak }
}

/**
 * Lays out every relation. Labels in the same gap are kept apart: sorted by where they
 * would centre, each is pushed right past the one before, and a row that runs past the
 * right edge is shifted back left as a whole (as far as the left edge allows).
 */
export function layoutRelations(relations: readonly RelationEnds[], rightEdge: number): Arrow[] {
  const arrows: Arrow[] = relations.map((r) => {
    const { d, peak } = arc(r.from, r.to)
    const centre = (r.from.x + r.to.x) / 2
    return { id: r.id, label: r.label, d, box: { x: centre - r.width / 2, y: peak - LABEL_HEIGHT / 2, width: r.width, height: LABEL_HEIGHT } }
  })
  const rows = new Map<number, Arrow[]>()
  for (const arrow of arrows) {
    const key = Math.round(arrow.box.y)
    rows.set(key, [...(rows.get(key) ?? []), arrow])
  }
  for (const row of rows.values()) spread(row, rightEdge)
  return arrows
}

function spread(row: Arrow[], rightEdge: number): void {
  row.sort((a, b) => a.box.x - b.box.x)
  let end = -Infinity
  for (const arrow of row) {
    arrow.box.x = Math.max(arrow.box.x, end + LABEL_SPACING, 0)
    end = arrow.box.x + arrow.box.width
  }
  const overflow = end - rightEdge
  const room = row[0]?.box.x ?? 0
  const shift = Math.min(Math.max(overflow, 0), room)
  for (const arrow of row) arrow.box.x -= shift
}
