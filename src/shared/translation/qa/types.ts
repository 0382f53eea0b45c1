export const QA_CHECKS = ['numbers', 'doubled-word', 'empty', 'same-as-source', 'brackets', 'end-punctuation', 'length', 'entity-name', 'entity-variant'] as const
export type QaCheck = (typeof QA_CHECKS)[number]
export type QaSeverity = 'error' | 'warning' | 'info'
export type QaParams = Record<string, string | number>
export interface QaFinding { rowId: string; segment: number /* 1-based */; check: QaCheck; severity: QaSeverity; params: QaParams }
export interface QaRow { id: string; source: string | null; target: string; sourceLang: string | null; targetLang: string; ignored: string[] /* checks ignored on this row */ }
export interface QaEntityMention { rowId: string; side: 'source' | 'target'; entityId: string; text: string }
/** An entity as the registry knows it: its name per language and its aliases (which carry no language). */
export interface QaEntity { id: string; names: { lang: string; name: string }[]; aliases?: string[] }

/** What a check may know beyond its row: the whole article and the archive's entities. */
export interface QaContext {
  /** The article's usual target/source length ratio (see length.ts). */
  lengthNorm: number | null
  /** Mentions by row id. */
  mentions: Map<string, QaEntityMention[]>
  /** Target-side mentions by entity id: how the article renders each entity. */
  renderings: Map<string, QaEntityMention[]>
  entities: Map<string, QaEntity>
  entityVariants: Record<string, string[]>
}

/** One check over one row: the params of each finding (usually none or one). */
export type RowCheck = (row: QaRow, context: QaContext) => QaParams[]

/** "Hu  Tao" and "hu tao" are one rendering. */
export const normaliseName = (text: string): string => text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase()

/** "zh-CN" and "zh" are the same language for a name or a check. */
export const sameLanguage = (a: string, b: string): boolean => a.split(/[-_]/)[0]?.toLowerCase() === b.split(/[-_]/)[0]?.toLowerCase()

/** The row's two sides as a pair when it has a source, for the checks that compare them. */
export function bilingual(row: QaRow): { source: string; sourceLang: string } | null {
  return row.source === null || row.sourceLang === null ? null : { source: row.source, sourceLang: row.sourceLang }
}
