import type { Edge, PairCounts } from './cooccurrence'

/** A registry entity as a node of the co-occurrence graph. */
export interface GraphNode {
  id: string
  name: string
  type: string
  /** Linked mentions across the archive. */
  mentions: number
  /** Articles with at least one of them. */
  articles: number
}

export interface GraphOptions {
  /** Keep only entities of these types; empty or absent keeps every type. */
  types?: readonly string[]
  /** Leave out edges lighter than this. */
  minWeight?: number
  /** How many entities to keep, the most mentioned first. */
  limit: number
  /** An entity kept even when it is not among the most mentioned (the selected one). */
  keep?: string | null
}

export interface Graph {
  nodes: GraphNode[]
  edges: Edge[]
  /** Entities that passed the type filter, before the top N cut: how much is left out. */
  candidates: number
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
// Ties by name in code-unit order: localeCompare over thousands of equally mentioned entities cost more than all the rest.
const byMentions = (a: GraphNode, b: GraphNode): number => b.mentions - a.mentions || b.articles - a.articles || byText(a.name, b.name) || byText(a.id, b.id)

/**
 * The readable part of the graph: entities of the chosen types that are mentioned at all,
 * the `limit` most mentioned (plus `keep`), and the edges between them of at least
 * `minWeight`, heaviest first (equal weights by name), the more mentioned end as the source.
 */
export function topGraph(nodes: readonly GraphNode[], pairs: PairCounts, options: GraphOptions): Graph {
  const types = options.types && options.types.length > 0 ? new Set(options.types) : null
  const candidates = nodes.filter((n) => n.mentions > 0 && (types === null || types.has(n.type))).sort(byMentions)
  const kept = candidates.slice(0, Math.max(0, options.limit))
  const extra = options.keep ? candidates.find((n) => n.id === options.keep) : undefined
  if (extra && !kept.includes(extra)) kept.push(extra)
  const minWeight = options.minWeight ?? 1
  const names = new Map(kept.map((n) => [n.id, n.name]))
  const label = (e: Edge) => [names.get(e.source)!, names.get(e.target)!].sort().join('\u0000')
  // Heaviest first; equal weights by the pair's names, so the order reads the same each time.
  const shown = pairs
    .edgesAmong(kept.map((n) => n.id))
    .filter((e) => e.weight >= minWeight)
    .map((e) => ({ e, label: label(e) }))
    .sort((a, b) => b.e.weight - a.e.weight || byText(a.label, b.label))
    .map(({ e }) => e)
  return { nodes: kept, edges: shown, candidates: candidates.length }
}

/** The entity and its neighbours in the graph (empty when it is not in the graph). */
export function neighbourhood(graph: Pick<Graph, 'nodes' | 'edges'>, id: string): Set<string> {
  if (!graph.nodes.some((n) => n.id === id)) return new Set()
  const ids = new Set([id])
  for (const e of graph.edges) {
    if (e.source === id) ids.add(e.target)
    else if (e.target === id) ids.add(e.source)
  }
  return ids
}
