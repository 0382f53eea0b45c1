import { useEffect, type RefObject } from 'react'
import { asCodePoint, createOffsetMap } from '@shared/anchoring'

/** A place to show: code points of the text version the reader shows now. */
export interface FlashTarget {
  versionId: string
  text: string
  start: number
  end: number
}

const HIGHLIGHT = 'reader-flash'
const FLASH_MS = 2600
const MAX_FRAMES = 250

/** The DOM point at UTF-16 index `index` of the whole text, inside the reader's paragraphs (`p[data-s]`). */
function pointAt(root: HTMLElement, index: number): { node: Text; offset: number } | null {
  const paragraphs = [...root.querySelectorAll<HTMLElement>('p[data-s]')]
  const paragraph = paragraphs.filter((p) => Number(p.dataset.s) <= index).pop()
  if (!paragraph) return null
  let left = index - Number(paragraph.dataset.s)
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return { node, offset: left }
    left -= node.length
  }
  return null
}

/**
 * Scrolls the reader to a place in the text and flashes it (the CSS highlight
 * `::highlight(reader-flash)`, so the annotated text's own DOM stays as it is). Waits, a
 * frame at a time, for the text to be drawn; the text root carries `data-flash` meanwhile.
 */
export function useFlashAt(scroller: RefObject<HTMLElement | null>, target: FlashTarget | null): void {
  const key = target ? `${target.versionId}:${target.start}-${target.end}` : null
  useEffect(() => {
    if (!target) return
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    let root: HTMLElement | null = null
    const map = createOffsetMap(target.text)
    const tryFlash = () => {
      root = scroller.current?.querySelector<HTMLElement>('[data-testid="article-text"]') ?? null
      const start = root && pointAt(root, map.toUtf16(asCodePoint(target.start)))
      const end = root && pointAt(root, map.toUtf16(asCodePoint(target.end)))
      if (!root || !start || !end) {
        if (++frame < MAX_FRAMES) timer = setTimeout(tryFlash, 16)
        return
      }
      const range = document.createRange()
      range.setStart(start.node, start.offset)
      range.setEnd(end.node, end.offset)
      start.node.parentElement?.scrollIntoView({ block: 'center' })
      CSS.highlights?.set(HIGHLIGHT, new Highlight(range))
      root.dataset.flash = `${target.start}-${target.end}`
      timer = setTimeout(() => {
        CSS.highlights?.delete(HIGHLIGHT)
        if (root) delete root.dataset.flash
      }, FLASH_MS)
    }
    tryFlash()
    return () => {
      clearTimeout(timer)
      CSS.highlights?.delete(HIGHLIGHT)
      if (root) delete root.dataset.flash
    }
    // The target's text and offsets are named by `key`; the text object itself may be replaced by an edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, scroller])
}
