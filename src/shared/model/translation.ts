import { z } from 'zod'
import { Id } from './ids'

/** The states of a segment, as XLIFF 2 names them. */
export const SegmentStatus = z.enum(['initial', 'translated', 'reviewed', 'final'])
export type SegmentStatus = z.infer<typeof SegmentStatus>

/** A range of a text version, in code points, end exclusive. */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
export type Span = z.infer<typeof Span>

/** One row of an alignment: a source segment, its target segment and what was done to it. */
export const AlignedRow = z.object({
  id: Id,
  /** Null when the alignment is monolingual (the article's own text is machine translation). */
  source: Span.nullable(),
  /** Over the target version's text; an empty span is a 1-0 bead. */
  target: Span,
  status: SegmentStatus,
  note: z.string().max(10_000),
  /** The target text as it first came (machine), kept forever; '' for a human translation. */
  mt: z.string(),
  /** Human-targeted translation edit rate of the current target against mt; null until edited. */
  hter: z.number().nonnegative().nullable(),
  /** Active editing seconds, summed. */
  seconds: z.number().nonnegative(),
  /** QA checks ignored on this row. */
  ignored: z.array(z.string().max(64)).max(20)
})
export type AlignedRow = z.infer<typeof AlignedRow>

/** Pairs the segments of a source version (or none) with those of one target version. */
export const Alignment = z.object({ source: Id.nullable(), target: Id, rows: z.array(AlignedRow) })
export type Alignment = z.infer<typeof Alignment>
