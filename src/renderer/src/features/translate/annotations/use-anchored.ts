import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react'

const MARGIN = 8

/**
 * Keeps a floating panel beside its anchor (below it, or above when there is no room), inside
 * the viewport, following scrolling and resizing. `anchor` is looked up on each move: rows are
 * virtualised, so the element may come and go; where none is found the panel stays put.
 */
export function useAnchored<T extends HTMLElement>(anchor: () => Element | null, key: string) {
  const panel = useRef<T>(null)
  const [style, setStyle] = useState<CSSProperties>({ visibility: 'hidden' })
  useLayoutEffect(() => {
    let frame = 0
    const place = () => {
      const box = anchor()?.getBoundingClientRect()
      const own = panel.current?.getBoundingClientRect()
      if (!box || !own) return
      const below = box.bottom + MARGIN
      const top = below + own.height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, box.top - MARGIN - own.height)
      const left = Math.min(Math.max(MARGIN, box.left), window.innerWidth - own.width - MARGIN)
      setStyle((before) => (before.top === top && before.left === left ? before : { top, left }))
    }
    const later = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(place)
    }
    place()
    // The panel grows and shrinks (a list opening in it): placed again.
    const resized = new ResizeObserver(later)
    if (panel.current) resized.observe(panel.current)
    window.addEventListener('resize', later)
    document.addEventListener('scroll', later, true)
    return () => {
      cancelAnimationFrame(frame)
      resized.disconnect()
      window.removeEventListener('resize', later)
      document.removeEventListener('scroll', later, true)
    }
    // Placed again when what it shows changes (`key`), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return { panel, style }
}
