import { isUnconfirmed } from './status'
import type { QaCheck, QaFinding, SegmentRow, SegmentStatus } from './types'

export interface RowFilter {
  /** Only rows in these statuses; empty means every status. */
  statuses: readonly SegmentStatus[]
  /** Only rows with a finding of this check ('any' for any finding); null means no QA filter. */
  check: QaCheck | 'any' | null
}

export const NO_FILTER: RowFilter = { statuses: [], check: null }

/** The rows with at least one finding of `check` (any check for 'any'). */
export function rowsWithFindings(findings: readonly QaFinding[], check: QaCheck | 'any'): Set<string> {
  return new Set(findings.filter((f) => check === 'any' || f.check === check).map((f) => f.rowId))
}

/** The rows the filter lets through, in order; the same array when nothing is filtered. */
export function filterRows<T extends Pick<SegmentRow, 'id' | 'status'>>(rows: readonly T[], filter: RowFilter, findings: readonly QaFinding[]): readonly T[] {
  if (filter.statuses.length === 0 && filter.check === null) return rows
  const flagged = filter.check === null ? null : rowsWithFindings(findings, filter.check)
  return rows.filter((row) => (filter.statuses.length === 0 || filter.statuses.includes(row.status)) && (!flagged || flagged.has(row.id)))
}

/** How many findings each check has, for the filter's menu (checks without findings left out). */
export function findingCounts(findings: readonly QaFinding[]): Map<QaCheck, number> {
  const counts = new Map<QaCheck, number>()
  for (const finding of findings) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1)
  return counts
}

/** The next row after `from` (wrapping around) that is still unconfirmed; null when none is. */
export function nextUnconfirmed<T extends Pick<SegmentRow, 'status'>>(rows: readonly T[], from: number): number | null {
  for (let step = 1; step <= rows.length; step++) {
    const index = (from + step) % rows.length
    const row = rows[index]
    if (row && isUnconfirmed(row.status)) return index
  }
  return null
}
