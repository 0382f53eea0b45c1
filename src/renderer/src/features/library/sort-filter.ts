import type { ArticleSummary } from '@shared/model'

export type SortKey = 'title' | 'date' | 'source' | 'language' | 'annotationCount'
export interface Sort {
  key: SortKey
  direction: 'asc' | 'desc'
}

/** A summary with its lower-cased search text computed once, not on every keystroke. */
export interface Row {
  summary: ArticleSummary
  haystack: string
}

export const toRows = (articles: ArticleSummary[]): Row[] =>
  articles.map((summary) => ({ summary, haystack: `${summary.title}\n${summary.source}`.toLocaleLowerCase() }))

export function filterRows(rows: Row[], query: string): Row[] {
  const terms = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (terms.length === 0) return rows
  return rows.filter((row) => terms.every((term) => row.haystack.includes(term)))
}

export function sortRows(rows: Row[], sort: Sort, locale: string): Row[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const sign = sort.direction === 'asc' ? 1 : -1
  const compare = (a: Row, b: Row): number => {
    const x = a.summary
    const y = b.summary
    switch (sort.key) {
      case 'annotationCount':
        return x.annotationCount - y.annotationCount
      case 'date':
        // Undated articles sort after dated ones in either direction.
        if (!x.date || !y.date) return x.date ? -sign : y.date ? sign : 0
        return x.date < y.date ? -1 : x.date > y.date ? 1 : 0
      default:
        return collator.compare(x[sort.key], y[sort.key])
    }
  }
  return [...rows].sort((a, b) => sign * compare(a, b) || collator.compare(a.summary.title, b.summary.title))
}
