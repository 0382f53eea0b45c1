import { describe, expect, it } from 'vitest'
import { neighbourhood, pairCounts, topGraph, type GraphNode } from '@shared/explore'

const node = (id: string, type: string, mentions: number): GraphNode => ({ id, name: id.toUpperCase(), type, mentions, articles: mentions })
const nodes = [node('hu', 'PERSON', 9), node('qiao', 'PERSON', 5), node('yulong', 'PLACE', 7), node('fenghe', 'PLACE', 3), node('nobody', 'PERSON', 0)]
// hu–yulong in four articles, fenghe–qiao in two, hu–qiao and fenghe–yulong in one.
const edges = pairCounts([['hu', 'yulong'], ['hu', 'yulong'], ['hu', 'yulong'], ['yulong', 'hu'], ['hu', 'qiao'], ['fenghe', 'qiao'], ['qiao', 'fenghe'], ['fenghe', 'yulong']])

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
    expect(places.edges).toEqual([{ source: 'yulong', target: 'fenghe', weight: 1 }])
    expect(topGraph(nodes, edges, { limit: 10, minWeight: 2 }).edges.map((e) => e.weight)).toEqual([4, 2])
  })
  it('orders equal weights by the names of the pair', () => {
    const graph = topGraph(nodes, edges, { limit: 10, minWeight: 1 })
    // FENGHE–YULONG before HU–QIAO; the more mentioned end first.
    expect(graph.edges.filter((e) => e.weight === 1).map((e) => `${e.source}-${e.target}`)).toEqual(['yulong-fenghe', 'hu-qiao'])
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
