import { useCallback, useEffect, useState, type RefObject } from 'react'
import type { Annotation } from '@shared/model'

/**
 * The selected annotation, and moving through the article's annotations in text order.
 * Selecting by keyboard or from the panel scrolls the highlight into view and focuses it.
 */
export function useSelectionNav(rootRef: RefObject<HTMLElement | null>, annotations: Annotation[], hidden: ReadonlySet<string>) {
  const [selected, setSelected] = useState<{ id: string; reveal: number } | null>(null)
  const selectedId = selected && annotations.some((a) => a.id === selected.id) ? selected.id : null

  const select = useCallback((id: string | null, reveal = false) => {
    setSelected(id ? { id, reveal: reveal ? Date.now() : 0 } : null)
  }, [])

  useEffect(() => {
    if (!selected?.reveal) return
    const head = rootRef.current?.querySelector<HTMLElement>(`[data-heads~="${CSS.escape(selected.id)}"]`)
    head?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    head?.focus({ preventScroll: true })
  }, [rootRef, selected])

  const move = useCallback(
    (step: 1 | -1) => {
      const order = annotations
        .filter((a) => !a.orphan && !hidden.has(a.type))
        .sort((a, b) => a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end)
      if (order.length === 0) return
      const at = order.findIndex((a) => a.id === selectedId)
      const next = at < 0 ? (step === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + step))
      select(order[next]?.id ?? null, true)
    },
    [annotations, hidden, selectedId, select]
  )

  return { selectedId, select, move }
}
