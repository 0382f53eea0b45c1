import { describe, expect, it } from 'vitest'
import { ArticleColumns, dayOf, GONE, LIVE, LOOSE, ODD_DATE, UNDATED } from '../../../../src/main/services/search/article-columns'

const counted = (columns: ArticleColumns, nums: number[], codes: number) => {
  const tally = new Uint32Array(codes)
  for (const num of nums) columns.count(tally, num)
  return [...tally]
}

describe('ArticleColumns', () => {
  it('keeps each number’s facet codes through thousands of replacements (its pool repacked)', () => {
    const columns = new ArticleColumns()
    for (let round = 0; round < 3000; round++) for (let num = 1; num <= 5; num++) columns.set(num, round % 2 ? LOOSE : LIVE, Uint32Array.from([num % 3, 3 + (round % 2)]), 20_210_305)
    expect(counted(columns, [1, 2, 3, 4, 5], 5)).toEqual([1, 2, 2, 0, 5])
    const mask = Uint8Array.from([0, 0, 1, 0, 0])
    expect([1, 2, 3, 4, 5].map((num) => columns.hasCode(num, mask))).toEqual([false, true, false, false, true])
    expect(columns.state(3)).toBe(LOOSE)
  })

  it('forgets a dropped number and everything on clear', () => {
    const columns = new ArticleColumns()
    columns.set(2, LIVE, Uint32Array.from([0, 1]), UNDATED)
    columns.set(7, LIVE, Uint32Array.from([1]), ODD_DATE)
    columns.drop(2)
    expect([columns.state(2), columns.state(7), columns.state(5000)]).toEqual([GONE, LIVE, GONE])
    expect(counted(columns, [2, 7], 2)).toEqual([0, 1])
    columns.clear()
    expect(columns.state(7)).toBe(GONE)
  })

  it('reads days as YYYYMMDD numbers, keeping undated and other forms apart', () => {
    expect(dayOf('2021-03-05')).toBe(20_210_305)
    expect(dayOf('2023-12-31T08:00:00Z')).toBe(20_231_231)
    expect(dayOf(null)).toBe(UNDATED)
    expect(dayOf('2022-07')).toBe(ODD_DATE)
  })
})
