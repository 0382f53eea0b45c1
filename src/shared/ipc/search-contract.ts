import { z } from 'zod'
import type { FacetName } from '../search/facets'
import type { Snippet } from '../search/snippet'

/** Input and output shapes of full-text search (issue 14). */

export const SearchInput = z
  .object({
    /** The query in the search syntax (see shared/search/parse-query.ts). */
    query: z.string().max(2000),
    /** How many hits to answer, best first (all are counted). */
    limit: z.number().int().min(1).max(1000).optional(),
    /** Also count facet values over every match. */
    facets: z.boolean().optional()
  })
  .strict()

export interface SearchHit {
  id: string
  title: string
  date: string | null
  source: string
  language: string
  score: number
  snippets: Snippet[]
}

export interface SearchFacetValue {
  value: string
  /** What to show: an entity's name; otherwise the value itself. */
  label: string
  count: number
}

export interface SearchResults {
  /** Every article matching, of which `hits` are the best. */
  total: number
  hits: SearchHit[]
  facets: Record<FacetName, SearchFacetValue[]> | null
  /** Every match's id, best first, when asked for (selecting all results). */
  ids?: string[]
}

/**
 * Where the search index of the open archive stands: opened in the background when the
 * archive opens; `building` while articles are read into it (`done` of `total`).
 */
export interface SearchIndexStatus {
  state: 'idle' | 'building' | 'ready' | 'failed'
  done: number
  total: number
}

export const searchOperations = { search: SearchInput, searchStatus: z.object({}).strict() }
