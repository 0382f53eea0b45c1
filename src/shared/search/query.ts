/** A parsed search query: every clause must hold (a negated one must not). */

export const TEXT_FIELDS = ['title', 'source'] as const
export const SEARCH_FIELDS = ['title', 'source', 'lang', 'date', 'type', 'entity', 'status', 'has'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

export const HAS_VALUES = ['annotations', 'translation', 'orphans'] as const
export type HasValue = (typeof HAS_VALUES)[number]
export const STATUS_VALUES = ['initial', 'translated', 'reviewed', 'final'] as const
export type StatusValue = (typeof STATUS_VALUES)[number]

export type Clause = { negated: boolean } & (
  /** Folded text that must occur (whole words at its ends, any spacing inside), anywhere or in one field. */
  | { kind: 'text'; text: string; field?: (typeof TEXT_FIELDS)[number] }
  /** The article's language, by tag prefix: `zh` holds zh-CN. */
  | { kind: 'lang'; value: string }
  /** Date prefixes, both ends inclusive; null is an open end. */
  | { kind: 'date'; from: string | null; to: string | null }
  /** An annotation of this type (upper case). */
  | { kind: 'type'; value: string }
  /** A mention linked to an entity with this name (folded) in any language, or this id. */
  | { kind: 'entity'; value: string }
  | { kind: 'status'; value: StatusValue }
  | { kind: 'has'; value: HasValue }
)

export interface SearchQuery {
  clauses: Clause[]
}

export type QueryErrorCode = 'search.unclosedQuote' | 'search.unknownField' | 'search.emptyValue' | 'search.badDate' | 'search.badValue'

/** What is wrong with a query, as a translatable code and what its message names. */
export interface QueryError {
  code: QueryErrorCode
  params: Record<string, string | number>
}

export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; error: QueryError }

/** True when the query asks for words (not only fields like lang: or has:). */
export const hasPositiveText = (query: SearchQuery): boolean => query.clauses.some((c) => c.kind === 'text' && !c.negated)
