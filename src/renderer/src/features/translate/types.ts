/**
 * The shapes of the translation contract (spec of issue 11), mirrored here until the
 * contract operations are merged: at merge these become re-exports of the real types
 * (`@shared/ipc/translation-contract`, `@shared/model/translation`, `@shared/translation/qa`).
 */
import type { ArticleChange } from '@shared/ipc/annotation-contract'

export const SEGMENT_STATUSES = ['initial', 'translated', 'reviewed', 'final'] as const
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number]

export interface Span {
  start: number
  end: number
}

export interface SegmentRow {
  /** 1-based, in row order. */
  index: number
  id: string
  /** null when monolingual (the article's own text is MT). */
  source: string | null
  sourceSpan: Span | null
  /** The target text as it first came (machine); '' for a human translation. */
  mt: string
  target: string
  targetSpan: Span
  status: SegmentStatus
  note: string
  /** null until edited. */
  hter: number | null
  seconds: number
  /** QA checks ignored on this row. */
  ignored: string[]
}

export interface SegmentsView {
  versionId: string
  lang: string
  sourceVersionId: string | null
  sourceLang: string | null
  engine: string | null
  rows: SegmentRow[]
  effort: { hter: number | null; seconds: number; edited: number }
}

export const QA_CHECKS = ['numbers', 'doubled-word', 'empty', 'same-as-source', 'brackets', 'end-punctuation', 'length', 'entity-name', 'entity-variant'] as const
export type QaCheck = (typeof QA_CHECKS)[number]
export type QaSeverity = 'error' | 'warning' | 'info'

export interface QaFinding {
  rowId: string
  /** 1-based. */
  segment: number
  check: QaCheck
  severity: QaSeverity
  params: Record<string, string | number>
  /** Translated in main. */
  message: string
}

export type TranslationOrigin = 'machine' | 'human' | 'unknown'

export interface AddTranslationInput {
  articleId: string
  revision?: number
  lang: string
  text: string
  origin?: TranslationOrigin
  engine?: string
}

export interface PostEditInput {
  articleId: string
  revision?: number
  lang: string
  rowId: string
  text?: string
  status?: SegmentStatus
  note?: string
  seconds?: number
}

export type AddTranslationResult = ArticleChange & { versionId: string; segments: number }
