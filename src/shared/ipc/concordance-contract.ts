import { z } from 'zod'
import { Id } from '../model'
import type { UndoState } from './annotation-contract'

/** Input and output shapes of the archive concordance (issue 14, "The library and explore"). */

const offset = z.number().int().nonnegative().max(100_000_000)

export const ConcordanceInput = z
  .object({
    /** A word or phrase, matched as full-text search matches a quoted phrase. */
    query: z.string().max(500),
    /** At most this many lines (every occurrence is counted). */
    limit: z.number().int().min(1).max(20_000).optional()
  })
  .strict()

/** One occurrence: where it is and its keyword-in-context line. */
export interface ConcordanceLine {
  /** The article. */
  id: string
  title: string
  date: string | null
  /** The text version, its language and whether it is the original or a translation. */
  version: string
  lang: string
  role: 'original' | 'translation'
  /** Code points of the version's text, end exclusive. */
  start: number
  end: number
  left: string
  match: string
  right: string
}

export interface ConcordanceResult {
  lines: ConcordanceLine[]
  /** Every occurrence found, of which `lines` are the first. */
  total: number
  /** Articles with at least one occurrence. */
  articles: number
  /** True when more articles hold the query than were read: `total` and `articles` are lower bounds. */
  capped: boolean
}

export const TagConcordanceInput = z
  .object({
    items: z
      .array(z.object({ articleId: Id, version: Id, start: offset, end: offset, match: z.string().min(1).max(2000) }).strict())
      .min(1)
      .max(20_000),
    type: z.string().min(1).max(64),
    entity: Id.nullable().optional()
  })
  .strict()

export interface TagConcordanceResult {
  /** Annotations added, and in how many articles. */
  tagged: number
  articles: number
  /** Occurrences skipped: an annotation of the same type covered them already. */
  skipped: number
  /** The library's undo state: the step is undone from there (and from the concordance). */
  undo: UndoState
}

export const concordanceOperations = { concordance: ConcordanceInput, tagConcordance: TagConcordanceInput }
