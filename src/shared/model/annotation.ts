import { z } from 'zod'
import { Id, Timestamp } from './ids'

/** Offsets count Unicode code points, as W3C Web Annotation and brat do. */
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative()
})
export type TextPositionSelector = z.infer<typeof TextPositionSelector>

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string()
})
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>

/** What an annotation points at: a span of one text version, by position and by quote. */
export const AnnotationTarget = z.object({
  source: Id,
  position: TextPositionSelector,
  quote: TextQuoteSelector
})
export type AnnotationTarget = z.infer<typeof AnnotationTarget>

export const AnnotationAttributes = z.object({
  negated: z.boolean().optional(),
  uncertain: z.boolean().optional()
})
export type AnnotationAttributes = z.infer<typeof AnnotationAttributes>

export const Annotation = z.object({
  id: Id,
  /** Name of a type in the archive's tag schema, e.g. PERSON. */
  type: z.string().min(1).max(64),
  target: AnnotationTarget,
  entity: Id.nullable(),
  note: z.string().max(20_000),
  attributes: AnnotationAttributes,
  /** True when the quote could not be found again after the text changed. Never dropped. */
  orphan: z.boolean(),
  createdAt: Timestamp,
  createdBy: z.string().max(200),
  modifiedAt: Timestamp
})
export type Annotation = z.infer<typeof Annotation>

export const Relation = z.object({
  id: Id,
  type: z.string().min(1).max(64),
  from: Id,
  to: Id,
  note: z.string().max(20_000),
  createdAt: Timestamp
})
export type Relation = z.infer<typeof Relation>

/**
 * A suggestion the archivist turned down: never offered again on that span of that text
 * with that type. `exact` is the text it covered, so a rejection no longer matches (and
 * the suggestion may come back) once the text there changes.
 */
export const RejectedSuggestion = z.object({
  source: Id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.string().min(1).max(64),
  exact: z.string().min(1).max(2000)
})
export type RejectedSuggestion = z.infer<typeof RejectedSuggestion>
