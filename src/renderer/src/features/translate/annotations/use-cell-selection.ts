import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { readCellSelection, type CellSelection } from './cell-selection'

const same = (a: CellSelection | null, b: CellSelection | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.versionId === b.versionId &&
    a.start === b.start &&
    a.end === b.end &&
    a.crossesCell === b.crossesCell &&
    a.rect.left === b.rect.left &&
    a.rect.top === b.rect.top &&
    a.rect.bottom === b.rect.bottom)

/** Follows the window's selection in the editor's read-only cells (once per frame at most); an unchanged one does not re-render. */
export function useCellSelection(root: RefObject<HTMLElement | null>): [CellSelection | null, () => void] {
  const [selection, setSelection] = useState<CellSelection | null>(null)
  const shown = useRef<CellSelection | null>(null)
  const show = useCallback((next: CellSelection | null) => {
    if (same(shown.current, next)) return
    shown.current = next
    setSelection(next)
  }, [])
  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => show(root.current ? readCellSelection(root.current) : null))
    }
    document.addEventListener('selectionchange', update)
    window.addEventListener('resize', update)
    document.addEventListener('scroll', update, true)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', update)
      window.removeEventListener('resize', update)
      document.removeEventListener('scroll', update, true)
    }
  }, [root, show])
  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges()
    show(null)
  }, [show])
  return [selection, clear]
}
