import type { ArticleListItem } from '@shared/ipc/contract'

export type SortKey = 'title' | 'date' | 'source' | 'language' | 'annotationCount'
export interface Sort {
  key: SortKey
  direction: 'asc' | 'desc'
}

/** A summary with its lower-cased search text computed once, not on every keystroke. */
export interface Row {
  summary: ArticleListItem
  haystack: string
}

export const toRows = (articles: ArticleListItem[]): Row[] =>
  articles.map((summary) => ({ summary, haystack: `${summary.title}\n${summary.source}`.toLocaleLowerCase() }))

export const queryTerms = (query: string): string[] => query.toLocaleLowerCase().split(/\s+/).filter(Boolean)

/** A filtered list and the terms it was filtered with, so the next keystroke can narrow it. */
export interface Filtered {
  terms: string[]
  rows: Row[]
}

/**
 * Rows whose title or source contain every term. When each term of the previous filter is
 * inside one of the new terms (typing on), every match of the new query is among the previous
 * matches, so only those are searched, not all 10,000.
 */
export function filterRows(all: Row[], query: string, previous?: Filtered): Filtered {
  const terms = queryTerms(query)
  if (terms.length === 0) return { terms, rows: all }
  const narrows = previous !== undefined && previous.terms.length > 0 && previous.terms.every((old) => terms.some((term) => term.includes(old)))
  const source = narrows ? previous.rows : all
  const rows: Row[] = []
  // Plain loops: this runs over every row on a keystroke, often before the JIT has warmed up.
  outer: for (let i = 0; i < source.length; i++) {
    const row = source[i] as Row
    for (let j = 0; j < terms.length; j++) if (!row.haystack.includes(terms[j] as string)) continue outer
    rows.push(row)
  }
  // Everything searched still matches: keep that array, so nothing downstream re-renders.
  return { terms, rows: rows.length === source.length ? source : rows }
}

// The last filter of each sorted list (its matches and their summaries): the next keystroke
// narrows it, and an unchanged result keeps its array so the table and reader do not re-render.
const lastFilters = new WeakMap<Row[], { filtered: Filtered; summaries: ArticleListItem[] }>()

/** The summaries of the sorted rows that match the query, in order. */
export function visibleSummaries(sorted: Row[], query: string): ArticleListItem[] {
  const last = lastFilters.get(sorted)
  const filtered = filterRows(sorted, query, last?.filtered)
  const summaries = last && filtered.rows === last.filtered.rows ? last.summaries : filtered.rows.map((row) => row.summary)
  lastFilters.set(sorted, { filtered, summaries })
  return summaries
}

// Building a collator costs far more than using one; keep one per locale.
const collators = new Map<string, Intl.Collator>()
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale)
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })))
  return collator
}

export function sortRows(rows: Row[], sort: Sort, locale: string): Row[] {
  const collator = collatorFor(locale)
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

/**
 * The rows after a catalog change: changed rows replaced in place, new ones added, removed
 * ones dropped; unchanged rows keep their objects. The same array when nothing differs.
 */
export function patchRows(rows: Row[], put: ArticleListItem[], removed: string[]): Row[] {
  if (put.length === 0 && removed.length === 0) return rows
  const gone = new Set(removed)
  const fresh = new Map(toRows(put).map((row) => [row.summary.id, row]))
  const out = rows.filter((row) => !gone.has(row.summary.id)).map((row) => {
    const next = fresh.get(row.summary.id)
    fresh.delete(row.summary.id)
    return next ?? row
  })
  return [...out, ...fresh.values()]
}
