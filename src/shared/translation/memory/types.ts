import type { SegmentStatus } from '../../model/translation'
import type { DiffPart } from '../diff'

/** One translated segment the memory remembers: an aligned row of an article, or a TMX import. */
export interface MemoryUnit {
  /** `<articleId>/<rowId>` for a row of the archive, `tmx/<n>` for an imported unit. */
  id: string
  source: string
  target: string
  sourceLang: string
  targetLang: string
  /** Null for a unit imported from TMX (it is in no article). */
  articleId: string | null
  /** The aligned row it comes from; null for an imported unit. */
  rowId: string | null
  status: SegmentStatus
  /** When the row was last changed (its last history event), ISO 8601. */
  updatedAt: string
}

/** A memory unit similar to a segment. */
export interface MemoryMatch {
  unit: MemoryUnit
  /** 0–1: one minus the token edit distance over the longer token count. */
  score: number
  /** The match's source against the segment: `removed` only in the match, `added` only in the segment. */
  diff: DiffPart[]
}

/** A unit holding a concordance query, with where (code points) the query occurs in the searched side. */
export interface ConcordanceHit {
  unit: MemoryUnit
  side: 'source' | 'target'
  ranges: { start: number; end: number }[]
}
