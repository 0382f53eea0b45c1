import { asUtf16, type OffsetMap } from '@shared/anchoring'

/** The text selection inside the reader, in code points of the version's text. */
export interface TextSelection {
  start: number
  end: number
  exact: string
  /** Where to float the palette (viewport coordinates). */
  rect: { left: number; top: number; bottom: number }
  /** True when it spans two paragraphs: refused, with a message. */
  crossesParagraph: boolean
}

const paragraphOf = (node: Node | null): HTMLElement | null =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('p[data-s]') ?? null

/** UTF-16 index in the whole text of a DOM point inside a rendered paragraph. */
function indexOf(p: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(p, 0)
  range.setEnd(node, offset)
  return Number(p.dataset.s) + range.toString().length
}

/**
 * Reads the window's selection when it lies in `root`, snapped to its trimmed text (the
 * DOM edge: UTF-16 indices become code points here and nowhere else).
 */
export function readSelection(root: HTMLElement, text: string, map: OffsetMap): TextSelection | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!root.contains(range.commonAncestorContainer)) return null
  const first = paragraphOf(range.startContainer)
  const last = paragraphOf(range.endContainer)
  if (!first || !last) return null
  let from = indexOf(first, range.startContainer, range.startOffset)
  let to = indexOf(last, range.endContainer, range.endOffset)
  const raw = text.slice(from, to)
  from += raw.length - raw.trimStart().length
  to = from + raw.trim().length
  if (to <= from) return null
  const box = range.getBoundingClientRect()
  return {
    start: map.toCodePoint(asUtf16(from)),
    end: map.toCodePoint(asUtf16(to)),
    exact: text.slice(from, to),
    rect: { left: box.left + box.width / 2, top: box.top, bottom: box.bottom },
    crossesParagraph: first !== last
  }
}
