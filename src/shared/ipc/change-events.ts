import type { ArticleChange } from './annotation-contract'
import type { JobView } from './bundle-contract'
import type { ArticleListItem } from './contract'
import type { SearchIndexStatus } from './search-contract'

/**
 * What main tells every window about changes, whoever made them (another window, a browser
 * tab, an import): views follow these instead of polling. Type-only imports: the preload and
 * the renderer read them without zod.
 */
export type ChangeEvent =
  /** One article changed: its delta (apply it, or read the article again) and its undo state. */
  | { type: 'article'; change: ArticleChange }
  /** Library rows that are new or changed (counts, titles), and ids no longer listed. */
  | { type: 'catalog'; put: ArticleListItem[]; removed: string[] }
  /** The tag schema, the entities or their mention counts changed: read the registry again. */
  | { type: 'registry' }
  /** A job started, moved on or ended (see bundle-contract.ts). */
  | { type: 'job'; job: JobView }
  /** The search index is being built (how far) or became ready. */
  | { type: 'searchIndex'; status: SearchIndexStatus }
  /** How far a TMX import has come: reading the file (total 0), then indexing its units. */
  | { type: 'memoryImport'; file: string; stage: 'parsing' | 'indexing'; done: number; total: number }

const TYPES: readonly string[] = ['article', 'catalog', 'registry', 'job', 'searchIndex', 'memoryImport']

/** The bridge passes whatever main sent: act only on what we know. */
export const isChangeEvent = (value: unknown): value is ChangeEvent =>
  typeof value === 'object' && value !== null && TYPES.includes((value as { type?: unknown }).type as string)

/** What the preload exposes as `window.changes`: subscribe, and get back an unsubscribe function. */
export interface ChangeBridge {
  on(handler: (event: unknown) => void): () => void
}
