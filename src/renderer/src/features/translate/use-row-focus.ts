import { useCallback, useRef, useState, type RefObject } from 'react'
import type { SegmentRow } from './types'

/** Which row is being edited, and moving between the rows shown. */
export function useRowFocus(root: RefObject<HTMLElement | null>, visible: readonly SegmentRow[]) {
  const [activeId, setActiveId] = useState<string | null>(null)
  const [scrollSignal, setScrollSignal] = useState(0)
  // The row left last (Esc): Enter on the list opens it again.
  const lastActive = useRef<string | null>(null)

  const activate = useCallback((rowId: string | null, scroll = false) => {
    setActiveId((before) => {
      if (before) lastActive.current = before
      return rowId
    })
    if (scroll) setScrollSignal((n) => n + 1)
  }, [])
  /** Leaves the active row; the keyboard stays on the list (Enter comes back to the row). */
  const leave = useCallback(() => {
    activate(null)
    root.current?.querySelector<HTMLElement>('.tr-list__body')?.focus({ preventScroll: true })
  }, [activate, root])
  const moveFrom = useCallback(
    (row: SegmentRow, offset: 1 | -1) => {
      const at = visible.findIndex((r) => r.id === row.id)
      const next = visible[at + offset]
      activate(next ? next.id : row.id, true)
    },
    [visible, activate]
  )
  /** Enter on the list: the row left last, or the first shown. */
  const reopen = useCallback(() => activate(visible.find((row) => row.id === lastActive.current)?.id ?? visible[0]?.id ?? null, true), [visible, activate])

  return { activeId, scrollSignal, activate, leave, moveFrom, reopen }
}
