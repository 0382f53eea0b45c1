import { useLayoutEffect, useState, type RefObject } from 'react'
import type { Relation } from '@shared/model'

interface Arrow {
  id: string
  type: string
  d: string
  labelX: number
  labelY: number
}

interface Props {
  rootRef: RefObject<HTMLDivElement | null>
  relations: Relation[]
  /** Changes whenever highlights may have moved (annotations, filters, zoom). */
  layoutKey: unknown
  selectedId: string | null
  onSelect: (id: string) => void
}

function anchorBox(root: HTMLElement, id: string, origin: DOMRect): { x: number; y: number } | null {
  const head = root.querySelector(`[data-heads~="${CSS.escape(id)}"]`)
  if (!head) return null
  const box = head.getClientRects()[0] ?? head.getBoundingClientRect()
  return { x: box.left - origin.left + Math.min(box.width / 2, 24), y: box.top - origin.top }
}

/** Reads every endpoint in one pass (no interleaved writes), then draws curved arrows. */
function measure(root: HTMLElement, relations: Relation[]): Arrow[] {
  const origin = root.getBoundingClientRect()
  const arrows: Arrow[] = []
  for (const relation of relations) {
    const from = anchorBox(root, relation.from, origin)
    const to = anchorBox(root, relation.to, origin)
    if (!from || !to) continue
    const lift = Math.min(70, 18 + Math.abs(to.x - from.x) / 6 + Math.abs(to.y - from.y) / 8)
    const top = Math.min(from.y, to.y) - lift
    const d = `M ${from.x} ${from.y - 2} C ${from.x} ${top}, ${to.x} ${top}, ${to.x} ${to.y - 4}`
    arrows.push({ id: relation.id, type: relation.type, d, labelX: (from.x + to.x) / 2, labelY: top + lift * 0.25 })
  }
  return arrows
}

/** Relations drawn over the text as arcs from the source highlight to the target's. */
export function RelationArrows({ rootRef, relations, layoutKey, selectedId, onSelect }: Props) {
  const [arrows, setArrows] = useState<Arrow[]>([])
  useLayoutEffect(() => {
    const root = rootRef.current
    if (!root) return
    let frame = 0
    const redraw = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setArrows(measure(root, relations)))
    }
    redraw()
    const observer = new ResizeObserver(redraw)
    observer.observe(root)
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [rootRef, relations, layoutKey])

  return (
    <svg className="relations" aria-hidden="true" data-testid="relation-arrows">
      <defs>
        <marker id="relation-head" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" fill="context-stroke" />
        </marker>
      </defs>
      {arrows.map((arrow) => (
        <g key={arrow.id} className={`relation${arrow.id === selectedId ? ' is-selected' : ''}`} onClick={() => onSelect(arrow.id)}>
          <path className="relation__hit" d={arrow.d} />
          <path className="relation__line" d={arrow.d} markerEnd="url(#relation-head)" />
          <text className="relation__label" x={arrow.labelX} y={arrow.labelY} textAnchor="middle">
            {arrow.type}
          </text>
        </g>
      ))}
    </svg>
  )
}
