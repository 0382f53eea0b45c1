import { useEffect, useState, type RefObject } from 'react'
import type { OffsetMap } from '@shared/anchoring'
import { readSelection, type TextSelection } from '../text/dom-selection'

/** Follows the window's selection inside `root` (once per frame at most). */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string, map: OffsetMap): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null)
  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const element = root.current
        setSelection(element ? readSelection(element, text, map) : null)
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
  }, [root, text, map])
  const clear = () => {
    window.getSelection()?.removeAllRanges()
    setSelection(null)
  }
  return [selection, clear]
}
