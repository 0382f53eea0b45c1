import { describe, expect, it } from 'vitest'
import { monthOf, monthsBetween, timeline } from '@shared/explore'

describe('monthOf', () => {
  it('takes the year and month of an ISO date, with or without day and time', () => {
    expect(monthOf('2024-03-12')).toBe('2024-03')
    expect(monthOf('2024-03')).toBe('2024-03')
    expect(monthOf('2023-12-31T23:00:00Z')).toBe('2023-12')
  })
  it('has no month for a missing or malformed date', () => {
    expect(monthOf(null)).toBeNull()
    expect(monthOf('')).toBeNull()
    expect(monthOf('2024')).toBeNull()
    expect(monthOf('2024-13-01')).toBeNull()
    expect(monthOf('March 2024')).toBeNull()
  })
})

describe('monthsBetween', () => {
  it('lists every month across a year end', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
  })
  it('is one month when both ends are the same, and empty when reversed', () => {
    expect(monthsBetween('2024-05', '2024-05')).toEqual(['2024-05'])
    expect(monthsBetween('2024-06', '2024-05')).toEqual([])
  })
})

describe('timeline', () => {
  it('counts articles and mentions per month, empty months included, undated apart', () => {
    const result = timeline([
      { date: '2024-03-12', mentions: 2 },
      { date: '2023-12-01', mentions: 0 },
      { date: '2024-03-30', mentions: 1 },
      { date: null, mentions: 4 },
      { date: 'unknown', mentions: 0 }
    ])
    expect(result.months).toEqual([
      { month: '2023-12', articles: 1, mentions: 0 },
      { month: '2024-01', articles: 0, mentions: 0 },
      { month: '2024-02', articles: 0, mentions: 0 },
      { month: '2024-03', articles: 2, mentions: 3 }
    ])
    expect(result.undated).toEqual({ articles: 2, mentions: 4 })
  })
  it('has no months when no article is dated', () => {
    expect(timeline([{ date: null, mentions: 1 }])).toEqual({ months: [], undated: { articles: 1, mentions: 1 } })
    expect(timeline([])).toEqual({ months: [], undated: { articles: 0, mentions: 0 } })
  })
})
