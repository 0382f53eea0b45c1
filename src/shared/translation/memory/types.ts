import type { MemoryUnit } from '../../model/memory'
import type { DiffPart } from '../diff'

export type { MemoryUnit }

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
