import type { SearchRecord } from './record'

export const FACET_NAMES = ['lang', 'source', 'month', 'entity', 'type'] as const
export type FacetName = (typeof FACET_NAMES)[number]

export interface FacetValue {
  value: string
  count: number
}
export type Facets = Record<FacetName, FacetValue[]>

/** The values of one facet an article has (an article may mention several entities). */
function valuesOf(record: SearchRecord, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'lang':
      return [record.lang]
    case 'source':
      return record.source.trim() === '' ? [] : [record.source]
    case 'month':
      return record.date && /^\d{4}-\d{2}/.test(record.date) ? [record.date.slice(0, 7)] : []
    case 'entity':
      return record.entities
    case 'type':
      return record.types
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Each facet's values of one record, in FACET_NAMES order: computed once per record by an index. */
export const facetValuesOf = (record: SearchRecord): ReadonlyArray<readonly string[]> => FACET_NAMES.map((facet) => valuesOf(record, facet))

/** A facet's values by count, most frequent first (months newest first), at most `top`. */
export function rankFacetValues(facet: FacetName, values: FacetValue[], top = 12): FacetValue[] {
  // Plain code-unit order for ties: a collator costs microseconds a comparison, and an entity facet can hold thousands of values.
  values.sort(facet === 'month' ? (a, b) => byText(b.value, a.value) : (a, b) => b.count - a.count || byText(a.value, b.value))
  return values.slice(0, top)
}

/** How many of the records have each value of each facet. */
export function countFacets(records: Iterable<SearchRecord>, top = 12): Facets {
  const counts = FACET_NAMES.map(() => new Map<string, number>())
  for (const record of records) {
    FACET_NAMES.forEach((facet, f) => {
      const map = counts[f] as Map<string, number>
      for (const value of valuesOf(record, facet)) map.set(value, (map.get(value) ?? 0) + 1)
    })
  }
  return Object.fromEntries(
    FACET_NAMES.map((facet, f) => [facet, rankFacetValues(facet, [...(counts[f] as Map<string, number>)].map(([value, count]) => ({ value, count })), top)])
  ) as Facets
}

/** The clause a click on a facet value adds to the query (`label` names an entity). */
export function facetClause(facet: FacetName, value: string, label?: string): string {
  const quoted = (text: string) => (/[\s"]/.test(text) ? `"${text.replace(/"/g, '')}"` : text)
  switch (facet) {
    case 'lang':
      return `lang:${value}`
    case 'source':
      return `source:${quoted(value)}`
    case 'month':
      return `date:${value}`
    case 'entity':
      return `entity:${quoted(label ?? value)}`
    case 'type':
      return `type:${value}`
  }
}

/** The query with a facet's clause added (once). */
export function refineQuery(query: string, clause: string): string {
  const trimmed = query.trim()
  if (` ${trimmed} `.includes(` ${clause} `)) return trimmed
  return trimmed === '' ? clause : `${trimmed} ${clause}`
}
