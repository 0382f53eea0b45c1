import { useMemo } from 'react'
import { filterRows, findingCounts, type RowFilter } from './filter'
import { statusCounts } from './progress'
import type { QaFinding, SegmentsView } from './types'

/** The rows of the view and what the editor derives from them: those the filter shows, counts by status and by check, findings by row. */
export function useEditorRows(view: SegmentsView | null, filter: RowFilter, findings: readonly QaFinding[]) {
  const rows = useMemo(() => view?.rows ?? [], [view])
  const visible = useMemo(() => filterRows(rows, filter, findings), [rows, filter, findings])
  const counts = useMemo(() => statusCounts(rows), [rows])
  const checkCounts = useMemo(() => findingCounts(findings), [findings])
  const findingsByRow = useMemo(() => {
    const map = new Map<string, QaFinding[]>()
    for (const finding of findings) map.set(finding.rowId, [...(map.get(finding.rowId) ?? []), finding])
    return map
  }, [findings])
  const ignoredRows = useMemo(() => rows.filter((row) => row.ignored.length > 0), [rows])
  return { rows, visible, counts, checkCounts, findingsByRow, ignoredRows }
}
