/**
 * Where the selection starts inside `element`, in code points of its text, or null when the
 * selection is elsewhere. Only the element's text counts (the glossary's numbers are drawn by
 * CSS and are no part of it).
 */
export function caretIn(element: HTMLElement | null): number | null {
  const selection = window.getSelection()
  if (!element || !selection || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!element.contains(range.startContainer)) return null
  const before = document.createRange()
  before.selectNodeContents(element)
  before.setEnd(range.startContainer, range.startOffset)
  return Array.from(before.toString()).length
}
