/**
 * Replaced by tr-core at merge: a stand-in with the spec's signatures and two of the checks
 * (`empty`, `same-as-source`) so that tr-model builds alone.
 */
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
}
export interface QaRow {
  id: string
  source: string | null
  target: string
  sourceLang: string | null
  targetLang: string
  /** Checks ignored on this row. */
  ignored: string[]
}
export interface QaEntityMention {
  rowId: string
  side: 'source' | 'target'
  entityId: string
  text: string
}
export interface QaEntity {
  id: string
  names: { lang: string; name: string }[]
}

/** All findings, in row order; ignored checks left out. */
export function runQa(
  rows: QaRow[],
  _options?: { mentions?: QaEntityMention[]; entities?: QaEntity[]; entityVariants?: Record<string, string[]> }
): QaFinding[] {
  const findings: QaFinding[] = []
  rows.forEach((row, i) => {
    const add = (check: QaCheck, severity: QaSeverity, params: Record<string, string | number> = {}) => {
      if (!row.ignored.includes(check)) findings.push({ rowId: row.id, segment: i + 1, check, severity, params })
    }
    if (row.target.trim().length === 0 && (row.source ?? '').trim().length > 0) add('empty', 'error')
    else if (row.source !== null && row.source.trim().length > 0 && row.source.trim() === row.target.trim() && /\p{L}/u.test(row.source)) {
      add('same-as-source', 'warning')
    }
  })
  return findings
}
