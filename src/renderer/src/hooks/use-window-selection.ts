import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

/** Where a selection is drawn on screen; a palette follows it. */
export interface SelectionRect {
  left: number
  top: number
  bottom: number
}

export const sameRect = (a: SelectionRect, b: SelectionRect): boolean => a.left === b.left && a.top === b.top && a.bottom === b.bottom

/**
 * Follows the window's selection inside `root` (once per frame at most), as `read` answers it: on a
 * selection change and when the page scrolls or resizes (a palette follows its text). What is
 * shown is kept, so an unchanged selection (every scroll, every click elsewhere) never
 * re-renders a view with thousands of highlights. `read` and `same` change only when what they
 * read or compare does (useCallback, or defined outside the component).
 * Answers the selection and a function that clears it.
 */
export function useWindowSelection<T>(
  root: RefObject<HTMLElement | null>,
  read: (root: HTMLElement) => T | null,
  same: (a: T, b: T) => boolean
): [T | null, () => void] {
  const [selection, setSelection] = useState<T | null>(null)
  const shown = useRef<T | null>(null)
  const show = useCallback((next: T | null) => {
    const current = shown.current
    if (current === next || (current !== null && next !== null && same(current, next))) return
    shown.current = next
    setSelection(next)
  }, [same])
  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const element = root.current
        show(element ? read(element) : null)
      })
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
  }, [root, read, show])
  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges()
    show(null)
  }, [show])
  return [selection, clear]
}
