import { z } from 'zod'
import { Id } from '../model/ids'
import type { SegmentStatus } from '../model/translation'
import type { DiffPart } from '../translation/diff'

/** Input and output shapes of the translation memory (issue 12). */

const lang = z.string().min(2).max(35)
/** Base64 of a TMX file's bytes, bounded so a request stays under the server's body limit. */
const base64 = z.string().max(28 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')

const importId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and - only')

export const MemoryMatchesInput = z
  .object({
    text: z.string().max(10_000),
    sourceLang: lang,
    /** Only units into this language; any when absent. */
    targetLang: lang.optional(),
    /** The segment asking: its own unit is never offered. */
    articleId: Id.optional(),
    rowId: Id.optional(),
    limit: z.number().int().min(1).max(100).optional()
  })
  .strict()

export const memoryOperations = {
  memoryMatches: MemoryMatchesInput,
  memoryConcordance: z.object({ text: z.string().min(1).max(500), side: z.enum(['source', 'target']), limit: z.number().int().min(1).max(500).optional() }).strict(),
  /** The whole memory, or one article's units. */
  exportTmx: z.object({ articleId: Id.optional() }).strict(),
  /** `importId`: chosen by the caller, so that `cancelTmxImport` can name this import. */
  importTmx: z.object({ name: z.string().min(1).max(1024), data: base64, importId: importId.optional() }).strict(),
  cancelTmxImport: z.object({ importId }).strict()
}

/** A memory unit as views show it: where it came from, by title. */
export interface MemoryUnitView {
  source: string
  target: string
  sourceLang: string
  targetLang: string
  /** Null for a unit imported from TMX. */
  articleId: string | null
  articleTitle: string | null
  status: SegmentStatus
  updatedAt: string
}

export interface MemoryMatchView extends MemoryUnitView {
  /** 0–1. */
  score: number
  /** The match's source against the segment: `removed` only in the match, `added` only in the segment. */
  diff: DiffPart[]
}

export interface ConcordanceHitView extends MemoryUnitView {
  side: 'source' | 'target'
  /** Where the query occurs in that side, in code points. */
  ranges: { start: number; end: number }[]
}

export interface TmxExport {
  fileName: string
  text: string
  units: number
}

export interface TmxImportResult {
  /** Units new to the memory. */
  added: number
  /** Units the memory already had. */
  unchanged: number
  /** `<tu>` elements without a source and a target. */
  skipped: number
}
