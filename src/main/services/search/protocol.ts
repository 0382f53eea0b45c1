import type { SearchResults } from '@shared/ipc/search-contract'
import type { SearchQuery } from '@shared/search'

/** What main asks the search worker; each request carries a sequence number its reply echoes. */
export type WorkerRequest =
  /** Load the stored index (or build it), then bring it up to date with the shards and registry. */
  | { op: 'open'; dir: string; readOnly: boolean; rebuild: boolean }
  /** These articles were written, moved or deleted: read them again. */
  | { op: 'refresh'; ids: string[] }
  /** The registry changed: index again the articles of entities whose names changed. */
  | { op: 'registry' }
  | { op: 'query'; query: SearchQuery; limit: number; facets: boolean; ids?: boolean }
  /** Every occurrence of `needle` (the phrase `query` quotes), from the texts the index holds. */
  | { op: 'concordance'; query: SearchQuery; needle: string; limit: number }
  /** How many articles carry each article tag. */
  | { op: 'tagCounts' }
  /** Store the index now if it changed (before closing). */
  | { op: 'flush' }

export type WorkerMessage =
  | { type: 'reply'; seq: number; ok: true; value: unknown }
  | { type: 'reply'; seq: number; ok: false; message: string }
  | { type: 'progress'; done: number; total: number }

export type OpenOutcome = { articles: number; indexed: number; rebuilt: boolean }
export type QueryOutcome = SearchResults
