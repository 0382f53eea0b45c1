/**
 * The translation workbench's shapes, from the contract (type-only imports: the renderer does
 * not load zod). The editor imports them from here.
 */
import type { SegmentStatus as Status } from '@shared/model/translation'
import type { QaCheck as Check, QaSeverity as Severity } from '@shared/translation/qa'

export type { AddTranslationResult, SegmentRow, SegmentsView } from '@shared/ipc/translation-contract'
export type { Span } from '@shared/model/translation'

export type SegmentStatus = Status
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['initial', 'translated', 'reviewed', 'final']

export type QaCheck = Check
export type QaSeverity = Severity
/** A finding as the editor gets it: with its message in the interface language. */
export type { QaFindingView as QaFinding } from '@shared/ipc/translation-contract'

export type TranslationOrigin = 'machine' | 'human' | 'unknown'
