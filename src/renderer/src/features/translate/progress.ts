import { SEGMENT_STATUSES, type SegmentRow, type SegmentStatus } from './types'

export type StatusCounts = Record<SegmentStatus, number> & { total: number }

/** How many rows are in each status, and how many in all. */
export function statusCounts(rows: readonly Pick<SegmentRow, 'status'>[]): StatusCounts {
  const counts: StatusCounts = { initial: 0, translated: 0, reviewed: 0, final: 0, total: rows.length }
  for (const row of rows) counts[row.status] += 1
  return counts
}

/** The bar's parts, furthest status first (final, reviewed, translated, initial), each as a share of all rows. */
export function progressParts(counts: StatusCounts): { status: SegmentStatus; count: number; share: number }[] {
  return [...SEGMENT_STATUSES]
    .reverse()
    .map((status) => ({ status, count: counts[status], share: counts.total === 0 ? 0 : counts[status] / counts.total }))
}

/** Rows confirmed at least once (translated or further), as a share of all rows; 0 for none. */
export function confirmedShare(counts: StatusCounts): number {
  return counts.total === 0 ? 0 : (counts.total - counts.initial) / counts.total
}
