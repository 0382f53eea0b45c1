import { describe, expect, it } from 'vitest'
import { TopHits } from '../../../../src/main/services/search/top-hits'

/** Matches in rank order with scores as the index gives them: falling with rank, a bonus for some. */
function offered(count: number, seed: number): Array<{ id: number; score: number; bonus: number }> {
  let state = seed
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: count }, (_, rank) => {
    const bonus = random() < 0.1 ? 1 : random() < 0.1 ? 0.5 : random() < 0.05 ? 1.5 : 0
    return { id: rank, score: Math.round((1 - rank / count + bonus) * 1000) / 1000, bonus: bonus * 2 }
  })
}

describe('TopHits', () => {
  it('gives the first `limit` of a stable sort of every match by score, ties in rank order', () => {
    for (const [count, limit, seed] of [[5000, 50, 1], [3000, 200, 2], [40, 50, 3], [2500, 1, 4], [20_000, 50, 5]] as const) {
      const matches = offered(count, seed)
      const top = new TopHits<number>(limit)
      matches.forEach((match, rank) => top.offer(match.id, rank, match.score, match.bonus))
      const expected = [...matches].sort((a, b) => b.score - a.score).slice(0, limit)
      expect(top.best()).toEqual(expected.map((match) => ({ item: match.id, score: match.score })))
    }
  })

  it('puts a boosted match before a plain one of the same score only when it ranks earlier', () => {
    const top = new TopHits<string>(3)
    top.offer('plain-early', 0, 1, 0)
    top.offer('boosted-late', 5, 1, 1)
    top.offer('boosted-best', 6, 1.2, 2)
    expect(top.best().map((hit) => hit.item)).toEqual(['boosted-best', 'plain-early', 'boosted-late'])
  })
})
