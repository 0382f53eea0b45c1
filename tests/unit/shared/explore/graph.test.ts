import { describe, expect, it } from 'vitest'
import { neighbourhood, topGraph, type GraphNode } from '@shared/explore'

const node = (id: string, type: string, mentions: number): GraphNode => ({ id, name: id.toUpperCase(), type, mentions, articles: mentions })
const nodes = [node('hu', 'PERSON', 9), node('qiao', 'PERSON', 5), node('yulong', 'PLACE', 7), node('fenghe', 'PLACE', 3), node('nobody', 'PERSON', 0)]
const edges = [
  { source: 'hu', target: 'yulong', weight: 4 },
  { source: 'fenghe', target: 'qiao', weight: 2 },
  { source: 'hu', target: 'qiao', weight: 1 },
  { source: 'fenghe', target: 'yulong', weight: 1 }
]

describe('topGraph', () => {
  it('keeps the N most mentioned entities and only the edges between them', () => {
    const graph = topGraph(nodes, edges, { limit: 3 })
    expect(graph.nodes.map((n) => n.id)).toEqual(['hu', 'yulong', 'qiao'])
    expect(graph.edges).toEqual([
      { source: 'hu', target: 'yulong', weight: 4 },
      { source: 'hu', target: 'qiao', weight: 1 }
    ])
    expect(graph.candidates).toBe(4)
  })
  it('leaves out entities never mentioned', () => {
    expect(topGraph(nodes, edges, { limit: 10 }).nodes.map((n) => n.id)).not.toContain('nobody')
  })
  it('filters by type and by minimum weight', () => {
    const places = topGraph(nodes, edges, { limit: 10, types: ['PLACE'] })
    expect(places.nodes.map((n) => n.id)).toEqual(['yulong', 'fenghe'])
    expect(places.edges).toEqual([{ source: 'fenghe', target: 'yulong', weight: 1 }])
    expect(topGraph(nodes, edges, { limit: 10, minWeight: 2 }).edges.map((e) => e.weight)).toEqual([4, 2])
  })
  it('orders equal weights by the names of the pair', () => {
    const graph = topGraph(nodes, edges, { limit: 10, minWeight: 1 })
    expect(graph.edges.filter((e) => e.weight === 1).map((e) => `${e.source}-${e.target}`)).toEqual(['fenghe-yulong', 'hu-qiao'])
  })
  it('keeps the selected entity even outside the top N', () => {
    const graph = topGraph(nodes, edges, { limit: 1, keep: 'fenghe' })
    expect(graph.nodes.map((n) => n.id)).toEqual(['hu', 'fenghe'])
  })
})

describe('neighbourhood', () => {
  it('is the entity and the entities it shares an edge with', () => {
    const graph = topGraph(nodes, edges, { limit: 10 })
    expect([...neighbourhood(graph, 'qiao')].sort()).toEqual(['fenghe', 'hu', 'qiao'])
    expect(neighbourhood(graph, 'absent').size).toBe(0)
  })
})
