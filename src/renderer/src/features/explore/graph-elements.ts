import type { ElementDefinition } from 'cytoscape'
import type { Edge, GraphNode } from '@shared/explore'
import type { TagType } from '@shared/model'

const MIN_SIZE = 18
const MAX_SIZE = 64
const MIN_WIDTH = 1
const MAX_WIDTH = 9
const FALLBACK_COLOR = '#8a8f98'

/** `value` between `min` and `max` mapped onto [low, high] by square root (area grows with the value). */
function scale(value: number, min: number, max: number, low: number, high: number): number {
  if (max <= min) return (low + high) / 2
  return low + (high - low) * Math.sqrt((value - min) / (max - min))
}

/**
 * The graph as cytoscape elements: node size by mentions, colour by the type's schema colour,
 * edge width by weight. Nodes start on a circle, the most mentioned first, so the layout that
 * follows is the same each time for the same figures.
 */
export function graphElements(nodes: readonly GraphNode[], edges: readonly Edge[], schema: readonly TagType[]): ElementDefinition[] {
  const colors = new Map(schema.map((type) => [type.name, type.color]))
  const mentions = nodes.map((n) => n.mentions)
  const weights = edges.map((e) => e.weight)
  const [minM, maxM] = [Math.min(...mentions), Math.max(...mentions)]
  const [minW, maxW] = [Math.min(...weights), Math.max(...weights)]
  const radius = 40 * Math.max(3, nodes.length)
  return [
    ...nodes.map((n, i) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.name, type: n.type, mentions: n.mentions, color: colors.get(n.type) ?? FALLBACK_COLOR, size: scale(n.mentions, minM, maxM, MIN_SIZE, MAX_SIZE) },
      position: { x: radius * Math.cos((2 * Math.PI * i) / nodes.length), y: radius * Math.sin((2 * Math.PI * i) / nodes.length) }
    })),
    ...edges.map((e) => ({
      group: 'edges' as const,
      data: { id: `${e.source}~${e.target}`, source: e.source, target: e.target, weight: e.weight, width: scale(e.weight, minW, maxW, MIN_WIDTH, MAX_WIDTH) }
    }))
  ]
}
