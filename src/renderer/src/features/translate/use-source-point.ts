import { useCallback, useState } from 'react'
import type { SegmentRow } from './types'

/** A split point placed in the active row's source (code points into it), for that row and text only. */
export function useSourcePoint(activeRow: SegmentRow | null): [number | null, (at: number | null) => void] {
  const sourceKey = activeRow ? `${activeRow.id}\n${activeRow.source ?? ''}` : ''
  const [placed, setPlaced] = useState<{ key: string; at: number } | null>(null)
  const sourcePoint = placed && placed.key === sourceKey ? placed.at : null
  const setSourcePoint = useCallback((at: number | null) => setPlaced(at === null ? null : { key: sourceKey, at }), [sourceKey])
  return [sourcePoint, setSourcePoint]
}
