import { describe, expect, it } from 'vitest'
import { cooccurrence } from '@shared/explore'

describe('cooccurrence', () => {
  it('weighs each pair by the number of groups naming both, heaviest first', () => {
    const edges = cooccurrence([
      ['hu', 'yulong', 'fenghe'],
      ['yulong', 'hu'],
      ['fenghe', 'qiao']
    ])
    expect(edges).toEqual([
      { source: 'hu', target: 'yulong', weight: 2 },
      { source: 'fenghe', target: 'hu', weight: 1 },
      { source: 'fenghe', target: 'qiao', weight: 1 },
      { source: 'fenghe', target: 'yulong', weight: 1 }
    ])
  })
  it('counts an entity named twice in one group once, and never pairs it with itself', () => {
    expect(cooccurrence([['a', 'b', 'a', 'b']])).toEqual([{ source: 'a', target: 'b', weight: 1 }])
    expect(cooccurrence([['a', 'a'], ['b']])).toEqual([])
  })
  it('joins a–b and b–a into one edge', () => {
    expect(cooccurrence([['b', 'a'], ['a', 'b']])).toEqual([{ source: 'a', target: 'b', weight: 2 }])
  })
})
