/**
 * Which entities are mentioned together (issue 14). A group is the set of entities one
 * article mentions (or one sentence, in sentence mode); each pair in a group counts once,
 * so an edge's weight is the number of articles (or sentences) naming both.
 */

export interface Edge {
  source: string
  target: string
  weight: number
}

const SEPARATOR = '\u0000'

/** The undirected pair's key: the two ids in order, so a–b and b–a are one edge. */
const pairKey = (a: string, b: string): string => (a < b ? a + SEPARATOR + b : b + SEPARATOR + a)

/** Adds one group's pairs to `weights` (ids repeated in a group count once). */
export function countGroup(weights: Map<string, number>, group: Iterable<string>): void {
  const ids = [...new Set(group)]
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const key = pairKey(ids[i]!, ids[j]!)
      weights.set(key, (weights.get(key) ?? 0) + 1)
    }
  }
}

/** The weighted pairs of every group, heaviest first (ties by ids, so the order is stable). */
export function cooccurrence(groups: Iterable<Iterable<string>>): Edge[] {
  const weights = new Map<string, number>()
  for (const group of groups) countGroup(weights, group)
  return edgesOf(weights)
}

export function edgesOf(weights: Map<string, number>): Edge[] {
  const edges: Edge[] = []
  for (const [key, weight] of weights) {
    const at = key.indexOf(SEPARATOR)
    edges.push({ source: key.slice(0, at), target: key.slice(at + 1), weight })
  }
  return edges.sort(heaviestFirst)
}

export const heaviestFirst = (a: Edge, b: Edge): number =>
  b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0)
