import { describe, expect, it } from 'vitest'
import type { ArticleListItem } from '@shared/ipc/contract'
import { filterRows, patchRows, sortRows, toRows, visibleSummaries } from '../../../../../src/renderer/src/features/library/sort-filter'

const summary = (id: string, title: string, source: string, date: string | null = '2024-01-01'): ArticleListItem => ({
  id, title, date, source, language: 'en', annotationCount: 0, importedAt: '2026-01-01T00:00:00.000Z'
})
const rows = toRows([
  summary('a', 'District 42 report', 'Daily'),
  summary('b', 'District 4 meeting', 'Weekly'),
  summary('c', 'Committee notes', 'District Gazette'),
  summary('d', 'Harbour news', 'Port Times', null)
])
const ids = (list: { summary: ArticleListItem }[]) => list.map((row) => row.summary.id)

describe('library filter', () => {
  it('matches every term in title or source, case-insensitively', () => {
    expect(ids(filterRows(rows, 'DISTRICT').rows)).toEqual(['a', 'b', 'c'])
    expect(ids(filterRows(rows, 'district 42').rows)).toEqual(['a'])
    expect(filterRows(rows, '  ').rows).toBe(rows)
  })

  it('narrows the previous matches when typing on, with the same result as a full search', () => {
    const first = filterRows(rows, 'district 4')
    const next = filterRows(rows, 'district 42', first)
    expect(ids(next.rows)).toEqual(ids(filterRows(rows, 'district 42').rows))
    // Deleting a character widens the filter: it searches everything again.
    expect(ids(filterRows(rows, 'distr', next).rows)).toEqual(['a', 'b', 'c'])
    // A new term that does not contain the old one is not a narrowing.
    expect(ids(filterRows(rows, 'harbour', next).rows)).toEqual(['d'])
  })

  it('keeps the same array when the matches did not change', () => {
    const first = filterRows(rows, 'd')
    expect(filterRows(rows, 'di', first).rows).toBe(first.rows)
    const sorted = sortRows(rows, { key: 'title', direction: 'asc' }, 'en')
    const shown = visibleSummaries(sorted, 'district')
    expect(visibleSummaries(sorted, 'district ')).toBe(shown)
    expect(visibleSummaries(sorted, '').map((s) => s.id)).toEqual(['c', 'b', 'a', 'd'])
  })
})

describe('library sort', () => {
  it('sorts by a column with the title as tie-break, undated last either way', () => {
    expect(ids(sortRows(rows, { key: 'date', direction: 'desc' }, 'en'))).toEqual(['c', 'b', 'a', 'd'])
    expect(ids(sortRows(rows, { key: 'date', direction: 'asc' }, 'en'))).toEqual(['c', 'b', 'a', 'd'])
    expect(ids(sortRows(rows, { key: 'source', direction: 'asc' }, 'en'))).toEqual(['a', 'c', 'd', 'b'])
  })
})

describe('patchRows (a catalog change from another window)', () => {
  it('replaces changed rows in place, adds new ones, drops removed ones, keeps the rest as they were', () => {
    const counted = { ...summary('b', 'District 4 meeting', 'Weekly'), annotationCount: 3 }
    const next = patchRows(rows, [counted, summary('e', 'New arrival', 'Daily')], ['c'])
    expect(ids(next)).toEqual(['a', 'b', 'd', 'e'])
    expect(next[1]!.summary.annotationCount).toBe(3)
    expect(next[0]).toBe(rows[0])
    expect(next[3]!.haystack).toContain('new arrival')
  })

  it('answers the same array when nothing changed', () => {
    expect(patchRows(rows, [], [])).toBe(rows)
  })
})
