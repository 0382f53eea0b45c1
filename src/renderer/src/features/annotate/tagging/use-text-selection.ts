import { useCallback, type RefObject } from 'react'
import type { OffsetMap } from '@shared/anchoring'
import { sameRect, useWindowSelection } from '../../../hooks/use-window-selection'
import { readSelection, type TextSelection } from '../text/dom-selection'

/** Same range, same place. */
const same = (a: TextSelection, b: TextSelection) => a.start === b.start && a.end === b.end && a.crossesParagraph === b.crossesParagraph && sameRect(a.rect, b.rect)

/** Follows the window's selection inside `root`; an unchanged one does not re-render the annotator. */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string, map: OffsetMap): [TextSelection | null, () => void] {
  const read = useCallback((element: HTMLElement) => readSelection(element, text, map), [text, map])
  return useWindowSelection(root, read, same)
}
