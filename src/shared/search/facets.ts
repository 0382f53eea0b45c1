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

/** How many of the records have each value, most frequent first, at most `top` per facet (months newest first). */
export function countFacets(records: Iterable<SearchRecord>, top = 12): Facets {
  const counts = Object.fromEntries(FACET_NAMES.map((name) => [name, new Map<string, number>()])) as Record<FacetName, Map<string, number>>
  for (const record of records) {
    for (const facet of FACET_NAMES) {
      const map = counts[facet]
      for (const value of valuesOf(record, facet)) map.set(value, (map.get(value) ?? 0) + 1)
    }
  }
  const sorted = (facet: FacetName): FacetValue[] => {
    const values = [...counts[facet]].map(([value, count]) => ({ value, count }))
    values.sort(facet === 'month' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value))
    return values.slice(0, top)
  }
  return Object.fromEntries(FACET_NAMES.map((name) => [name, sorted(name)])) as Facets
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
