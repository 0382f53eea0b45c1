import type { Annotation, Relation } from '../../model/annotation'
import type { TextVersion } from '../../model/article'
import type { AlignedRow, Alignment, SegmentStatus } from '../../model/translation'
import type { Placed } from '../../annotation/commands/types'
import type { TextPatch } from '../edit'

/** A new translation: its text is segmented and aligned with the article's original. */
export interface AddTranslationInput {
  lang: string
  text: string
  origin?: 'machine' | 'human' | 'unknown'
  engine?: string
}

/** The article's own text is machine translation with no original: post-editing is monolingual. */
export interface MarkMachineInput {
  engine?: string
}

/** A translation is addressed by its language; a row by its id. */
export interface RowRef {
  lang: string
  rowId: string
}

export interface PostEditInput extends RowRef {
  /** Replaces the row's target text. */
  text?: string
  status?: SegmentStatus
  note?: string
  /** Active editing seconds to add. */
  seconds?: number
}

export interface SplitSegmentInput extends RowRef {
  side: 'source' | 'target'
  /** Code-point offset in that side's version text, strictly inside the row's span. */
  at: number
}

export type MergeSegmentsInput = RowRef

/** Moves the boundary between a row and the next on one side: `up` gives this row's last sentence to the next, `down` takes the next row's first. */
export interface MoveBoundaryInput extends RowRef {
  side: 'source' | 'target'
  direction: 'up' | 'down'
}

export interface IgnoreQaInput extends RowRef {
  check: string
  ignored: boolean
}

/**
 * The one way a translation's text and rows change (what every edit above becomes, and what
 * undo runs): a patch of a version's text (later spans and annotations move with it), rows
 * [at, at + remove) of the alignment replaced, and annotations put as given.
 */
export interface EditTranslationInput {
  /** The alignment's target version. */
  target: string
  patch?: TextPatch
  rows?: { at: number; remove: number; insert: AlignedRow[] }
  /** Annotations put exactly as given (by id): on undo, those the patch re-quoted or re-anchored. */
  annotations?: Annotation[]
  action: string
  detail?: Record<string, unknown>
  mergeKey?: string
}

/**
 * Puts a translation version and its alignment as given (or removes them when null), with the
 * annotations and relations on that version when it is removed or put back.
 */
export interface SetTranslationInput {
  versionId: string
  version: Placed<TextVersion> | null
  alignment: Placed<Alignment> | null
  annotations?: Placed<Annotation>[]
  relations?: Placed<Relation>[]
  action: string
  detail?: Record<string, unknown>
}

export type TranslationCommand =
  | { kind: 'addTranslation'; input: AddTranslationInput }
  | { kind: 'markMachineTranslation'; input: MarkMachineInput }
  | { kind: 'postEdit'; input: PostEditInput }
  | { kind: 'splitSegment'; input: SplitSegmentInput }
  | { kind: 'mergeSegments'; input: MergeSegmentsInput }
  | { kind: 'moveBoundary'; input: MoveBoundaryInput }
  | { kind: 'ignoreQaFinding'; input: IgnoreQaInput }
  | { kind: 'editTranslation'; input: EditTranslationInput }
  | { kind: 'setTranslation'; input: SetTranslationInput }
