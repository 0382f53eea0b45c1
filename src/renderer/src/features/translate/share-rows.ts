import type { SegmentRow, SegmentsView } from './types'

const sameRow = (a: SegmentRow, b: SegmentRow): boolean =>
  a === b ||
  (a.id === b.id &&
    a.index === b.index &&
    a.source === b.source &&
    a.mt === b.mt &&
    a.target === b.target &&
    a.status === b.status &&
    a.note === b.note &&
    a.hter === b.hter &&
    a.seconds === b.seconds &&
    a.ignored.join('\n') === b.ignored.join('\n') &&
    a.targetSpan.start === b.targetSpan.start &&
    a.targetSpan.end === b.targetSpan.end &&
    a.sourceSpan?.start === b.sourceSpan?.start &&
    a.sourceSpan?.end === b.sourceSpan?.end)

/**
 * `next` with the row objects of `previous` wherever a row did not change, so that after a
 * one-row edit only that row re-renders among 2,000.
 */
export function shareRows(previous: SegmentsView | null, next: SegmentsView): SegmentsView {
  if (!previous || previous.versionId !== next.versionId) return next
  const old = new Map(previous.rows.map((row) => [row.id, row]))
  let changed = previous.rows.length !== next.rows.length
  const rows = next.rows.map((row, i) => {
    const was = old.get(row.id)
    if (was && sameRow(was, row)) {
      if (previous.rows[i] !== was) changed = true
      return was
    }
    changed = true
    return row
  })
  return { ...next, rows: changed ? rows : previous.rows }
}

/** The view with one row changed locally (shown at once, before the server's answer). */
export function patchRow(view: SegmentsView, rowId: string, patch: Partial<Pick<SegmentRow, 'target' | 'status' | 'note' | 'ignored'>>): SegmentsView {
  return { ...view, rows: view.rows.map((row) => (row.id === rowId ? { ...row, ...patch } : row)) }
}
