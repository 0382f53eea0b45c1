import type { RefObject } from 'react'
import { sameRect, useWindowSelection } from '../../../hooks/use-window-selection'
import { readCellSelection, type CellSelection } from './cell-selection'

const same = (a: CellSelection, b: CellSelection) =>
  a.versionId === b.versionId && a.start === b.start && a.end === b.end && a.crossesCell === b.crossesCell && sameRect(a.rect, b.rect)

/** Follows the window's selection in the editor's read-only cells; an unchanged one does not re-render. */
export function useCellSelection(root: RefObject<HTMLElement | null>): [CellSelection | null, () => void] {
  return useWindowSelection(root, readCellSelection, same)
}
