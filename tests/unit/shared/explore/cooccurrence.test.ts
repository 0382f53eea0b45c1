import { describe, expect, it } from 'vitest'
import { pairCounts } from '@shared/explore'

describe('pair counts', () => {
  it('weighs each pair by the number of groups naming both, in either order', () => {
    const counts = pairCounts([
      ['hu', 'yulong', 'fenghe'],
      ['yulong', 'hu'],
      ['fenghe', 'qiao']
    ])
    expect(counts.weight('hu', 'yulong')).toBe(2)
    expect(counts.weight('yulong', 'hu')).toBe(2)
    expect(counts.weight('fenghe', 'hu')).toBe(1)
    expect(counts.weight('qiao', 'hu')).toBe(0)
    expect(counts.weight('nobody', 'hu')).toBe(0)
  })
  it('counts an entity named twice in one group once, and never pairs it with itself', () => {
    const counts = pairCounts([['a', 'b', 'a', 'b'], ['a', 'a']])
    expect(counts.weight('a', 'b')).toBe(1)
    expect(counts.weight('a', 'a')).toBe(0)
  })
  it('lists the edges among some entities only, source first in the order given', () => {
    const counts = pairCounts([['a', 'b', 'c'], ['c', 'd'], ['b', 'a']])
    expect(counts.edgesAmong(['b', 'a', 'd'])).toEqual([{ source: 'b', target: 'a', weight: 2 }])
    expect(counts.edgesAmong(['c', 'a', 'b', 'd'])).toEqual([
      { source: 'c', target: 'a', weight: 1 },
      { source: 'c', target: 'b', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
      { source: 'a', target: 'b', weight: 2 }
    ])
  })
})
