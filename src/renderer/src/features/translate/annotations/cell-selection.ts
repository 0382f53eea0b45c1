import { codePointLength } from '@shared/anchoring'

/** Words selected in one cell's read-only text, as a range of its version (code points). */
export interface CellSelection {
  versionId: string
  start: number
  end: number
  exact: string
  /** Where to float the palette (viewport coordinates). */
  rect: { left: number; top: number; bottom: number }
  /** The selection runs across cells: refused, with a message. */
  crossesCell: boolean
}

const cellOf = (node: Node | null): HTMLElement | null => (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-cell-version]') ?? null

/** Text of `cell` before a DOM point in it (what Range.toString counts: UTF-16). */
function textBefore(cell: HTMLElement, node: Node, offset: number): string {
  const range = document.createRange()
  range.setStart(cell, 0)
  range.setEnd(node, offset)
  return range.toString()
}

/**
 * The window's selection when it lies in a marked cell inside `root`, trimmed, as code points
 * of the cell's version (the DOM edge: UTF-16 becomes code points here).
 */
export function readCellSelection(root: HTMLElement): CellSelection | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!root.contains(range.commonAncestorContainer)) return null
  const first = cellOf(range.startContainer)
  const last = cellOf(range.endContainer)
  if (!first && !last) return null
  const box = range.getBoundingClientRect()
  const rect = { left: box.left + box.width / 2, top: box.top, bottom: box.bottom }
  if (!first || first !== last) return { versionId: '', start: 0, end: 0, exact: '', rect, crossesCell: true }
  const before = textBefore(first, range.startContainer, range.startOffset)
  const raw = range.toString()
  const exact = raw.trim()
  if (exact === '') return null
  const lead = raw.length - raw.trimStart().length
  const start = Number(first.dataset.cellStart) + codePointLength(before) + codePointLength(raw.slice(0, lead))
  return { versionId: first.dataset.cellVersion ?? '', start, end: start + codePointLength(exact), exact, rect, crossesCell: false }
}
