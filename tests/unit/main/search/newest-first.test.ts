import { describe, expect, it } from 'vitest'
import { dayOf } from '../../../../src/main/services/search/article-columns'
import { newestFirst } from '../../../../src/main/services/search/newest-first'
import { newerFirst } from '../../../../src/main/services/search/record-terms'

let seed = 3
const random = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647

const DAYS = ['2021-03-05', '2021-03-05T08:00:00Z', '2021-03-05T23:59:00Z', '2020-01-01', '2023-12-31', null]

/** What a stable sort of every number by date string, newest first, gives. */
const sorted = (nums: number[], dates: Array<string | null>) => [...nums].sort((a, b) => newerFirst(dates[a] ?? null, dates[b] ?? null))

describe('newestFirst', () => {
  it('gives the first `limit` of a stable sort by date, ties (same day, times, undated) in the given order', () => {
    for (const [count, limit] of [[500, 50], [500, 1], [30, 50], [2000, 200]] as const) {
      const dates = Array.from({ length: count }, () => DAYS[Math.floor(random() * DAYS.length)] ?? null)
      const nums = Array.from({ length: count }, (_, i) => i).sort(() => random() - 0.5)
      const got = newestFirst(nums, limit, (num) => dayOf(dates[num] ?? null), (num) => dates[num] ?? null)
      expect(got).toEqual(sorted(nums, dates).slice(0, limit))
    }
  })

  it('sorts by date strings when a date is not YYYY-MM-DD', () => {
    const dates = ['2021-03', '2021-03-05', '2022', null, '2021-03-04']
    const nums = [0, 1, 2, 3, 4]
    expect(newestFirst(nums, 3, (num) => dayOf(dates[num] ?? null), (num) => dates[num] ?? null)).toEqual(['2022', '2021-03-05', '2021-03-04'].map((date) => dates.indexOf(date)))
  })
})
