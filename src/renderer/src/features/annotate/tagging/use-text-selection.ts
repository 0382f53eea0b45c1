import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { OffsetMap } from '@shared/anchoring'
import { readSelection, type TextSelection } from '../text/dom-selection'

/** Same range, same place. */
const same = (a: TextSelection | null, b: TextSelection | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.start === b.start &&
    a.end === b.end &&
    a.crossesParagraph === b.crossesParagraph &&
    a.rect.left === b.rect.left &&
    a.rect.top === b.rect.top &&
    a.rect.bottom === b.rect.bottom)

/** Follows the window's selection inside `root` (once per frame at most). */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string, map: OffsetMap): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null)
  // What is shown, so that an unchanged selection (every scroll, every click elsewhere)
  // never re-renders the annotator and its thousands of highlights.
  const shown = useRef<TextSelection | null>(null)
  const show = useCallback((next: TextSelection | null) => {
    if (same(shown.current, next)) return
    shown.current = next
    setSelection(next)
  }, [])
  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const element = root.current
        show(element ? readSelection(element, text, map) : null)
      })
    }
    document.addEventListener('selectionchange', update)
    // The palette follows its text when the reader scrolls or resizes.
    window.addEventListener('resize', update)
    document.addEventListener('scroll', update, true)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', update)
      window.removeEventListener('resize', update)
      document.removeEventListener('scroll', update, true)
    }
  }, [root, text, map, show])
  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges()
    show(null)
  }, [show])
  return [selection, clear]
}
