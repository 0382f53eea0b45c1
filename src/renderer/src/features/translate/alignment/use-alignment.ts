import { useCallback } from 'react'
import type { AlignmentCommand } from '../keys'
import type { SegmentRow } from '../types'
import type { TranslateActions } from '../use-translate-actions'
import type { AlignmentSide } from './AlignmentMenu'

/**
 * Manual alignment correction on the source side, or on the target side once the row's draft
 * is saved: split at a point (code points into that side's text), join with the next row, move
 * the boundary with the next row. Each is one undo step of the article. Answers a message key
 * when there is nothing to do.
 */
export function useAlignment(actions: TranslateActions, rows: readonly SegmentRow[]) {
  return useCallback(
    (row: SegmentRow, command: AlignmentCommand, side: AlignmentSide, at: number | null = null): string | null => {
      const hasNext = rows.indexOf(row) < rows.length - 1
      if (command === 'splitRow') {
        const span = side === 'source' ? row.sourceSpan : row.targetSpan
        if (!span || at === null || at <= 0 || at >= span.end - span.start) return 'glossary:alignment.splitSourceNeedsPoint'
        void actions.split(row, side, span.start + at)
        return null
      }
      if (!hasNext) return 'glossary:alignment.last'
      if (command === 'joinRow') void actions.merge(row)
      else void actions.moveBoundary(row, side, command === 'boundaryUp' ? 'up' : 'down')
      return null
    },
    [actions, rows]
  )
}
