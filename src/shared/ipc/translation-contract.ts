import { z } from 'zod'
import { Id } from '../model/ids'
import { SegmentStatus, type Span } from '../model/translation'
import type { QaFinding } from '../translation/qa'
import { revision, type ArticleChange } from './annotation-contract'

/** Input and output shapes of the translation workbench (issue 11). */

const lang = z.string().min(2).max(35)
const offset = z.number().int().nonnegative().max(100_000_000)
/** A translation's text: up to 10 million characters, like an imported article. */
const text = z.string().max(10_000_000)
const engine = z.string().max(200)

export const AddTranslationInput = z
  .object({ articleId: Id, revision, lang, text, origin: z.enum(['machine', 'human', 'unknown']).optional(), engine: engine.optional() })
  .strict()

export const PostEditInput = z
  .object({
    articleId: Id,
    revision,
    lang,
    rowId: Id,
    text: z.string().max(1_000_000).optional(),
    status: SegmentStatus.optional(),
    note: z.string().max(10_000).optional(),
    seconds: z.number().nonnegative().max(86_400).optional()
  })
  .strict()

export interface SegmentRow {
  /** 1-based. */
  index: number
  id: string
  /** Null when the translation is monolingual (the article's own text is machine translation). */
  source: string | null
  sourceSpan: Span | null
  mt: string
  target: string
  targetSpan: Span
  status: SegmentStatus
  note: string
  hter: number | null
  seconds: number
  ignored: string[]
}

export interface SegmentsView {
  versionId: string
  lang: string
  sourceVersionId: string | null
  sourceLang: string | null
  engine: string | null
  rows: SegmentRow[]
  /** The article's effort: mean HTER of the edited rows (null when none is), seconds summed, rows edited. */
  effort: { hter: number | null; seconds: number; edited: number }
}

export type QaFindingView = QaFinding & { message: string }

export type AddTranslationResult = ArticleChange & { versionId: string; segments: number }

export const translationOperations = {
  addTranslation: AddTranslationInput,
  markMachineTranslation: z.object({ articleId: Id, revision, engine: engine.optional() }).strict(),
  getSegments: z.object({ articleId: Id, lang }).strict(),
  postEdit: PostEditInput,
  splitSegment: z.object({ articleId: Id, revision, lang, rowId: Id, side: z.enum(['source', 'target']), at: offset }).strict(),
  mergeSegments: z.object({ articleId: Id, revision, lang, rowId: Id }).strict(),
  moveBoundary: z.object({ articleId: Id, revision, lang, rowId: Id, side: z.enum(['source', 'target']), direction: z.enum(['up', 'down']) }).strict(),
  runQa: z.object({ articleId: Id, lang }).strict(),
  ignoreQaFinding: z.object({ articleId: Id, revision, lang, rowId: Id, check: z.string().min(1).max(64), ignored: z.boolean() }).strict()
}
