/**
 * The viewport box of characters [start, end) (UTF-16) of the text drawn in `layer`: the
 * mirror of a text field, where a field's selection has a place the DOM can measure.
 */
export function textRect(layer: HTMLElement, start: number, end: number): { left: number; top: number; bottom: number } | null {
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  let seen = 0
  let started = false
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen)
      started = true
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen)
      const box = range.getBoundingClientRect()
      return { left: box.left + box.width / 2, top: box.top, bottom: box.bottom }
    }
    seen += length
  }
  return null
}
