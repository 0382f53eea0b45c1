import { useEffect, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Relation } from '@shared/model'
import { layoutRelations, type Arrow, type Endpoint } from './relation-layout'

interface Props {
  rootRef: RefObject<HTMLDivElement | null>
  relations: Relation[]
  /** Changes whenever highlights may have moved (annotations, filters, zoom). */
  layoutKey: unknown
  selectedId: string | null
  onSelect: (id: string) => void
}

const LABEL_FONT = '600 10.5px'
const LABEL_PADDING = 5

function endpoint(root: HTMLElement, id: string, origin: DOMRect): Endpoint | null {
  const head = root.querySelector<HTMLElement>(`[data-heads~="${CSS.escape(id)}"]`)
  if (!head) return null
  const box = head.getClientRects()[0] ?? head.getBoundingClientRect()
  const style = getComputedStyle(head)
  const content = box.height - (parseFloat(style.paddingBottom) || 0)
  const line = parseFloat(getComputedStyle(head.closest('p') ?? root).lineHeight) || content * 1.7
  return { x: box.left - origin.left + Math.min(box.width / 2, 24), top: box.top - origin.top, gap: Math.max(line - content, 0) }
}

/** Reads every endpoint in one pass (no interleaved writes), then lays the arrows out. */
function measure(root: HTMLElement, relations: Relation[], labelOf: (type: string) => string): Arrow[] {
  const origin = root.getBoundingClientRect()
  const context = document.createElement('canvas').getContext('2d')
  if (context) context.font = `${LABEL_FONT} ${getComputedStyle(root).getPropertyValue('--font-ui') || 'sans-serif'}`
  const ends = []
  for (const relation of relations) {
    const from = endpoint(root, relation.from, origin)
    const to = endpoint(root, relation.to, origin)
    if (!from || !to) continue
    const label = labelOf(relation.type)
    const width = (context?.measureText(label).width ?? label.length * 6) + 2 * LABEL_PADDING
    ends.push({ id: relation.id, label, width, from, to })
  }
  return layoutRelations(ends, origin.width)
}

/**
 * Relations drawn over the text as arcs from the source highlight to the target's, each
 * named by its type (translated for the built-in ones) in the blank band between lines.
 */
export function RelationArrows({ rootRef, relations, layoutKey, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation()
  const [arrows, setArrows] = useState<Arrow[]>([])
  // A passive effect: the text's root is a parent, whose ref is not yet set when a child's
  // layout effect runs on first mount (an article opened with relations drew no arrows).
  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    const labelOf = (type: string) => t(`annotate:relationType.${type}`, { defaultValue: type })
    let frame = 0
    const redraw = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setArrows(measure(root, relations, labelOf)))
    }
    redraw()
    const observer = new ResizeObserver(redraw)
    observer.observe(root)
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [rootRef, relations, layoutKey, t, i18n.language])

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
          <rect className="relation__label-box" x={arrow.box.x} y={arrow.box.y} width={arrow.box.width} height={arrow.box.height} rx={arrow.box.height / 2} />
          <text className="relation__label" x={arrow.box.x + arrow.box.width / 2} y={arrow.box.y + arrow.box.height / 2} textAnchor="middle" dominantBaseline="central" data-testid="relation-label">
            {arrow.label}
          </text>
        </g>
      ))}
    </svg>
  )
}
