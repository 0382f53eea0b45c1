import { doubledWordCheck } from './doubled-word'
import { bracketsCheck } from './brackets'
import { endPunctuationCheck } from './end-punctuation'
import { entityNameCheck, entityVariantCheck } from './entities'
import { lengthCheck, lengthNorm } from './length'
import { numbersCheck } from './numbers'
import { emptyCheck, sameAsSourceCheck } from './presence'
import { QA_CHECKS, type QaCheck, type QaContext, type QaEntity, type QaEntityMention, type QaFinding, type QaRow, type QaSeverity, type RowCheck } from './types'

export { QA_CHECKS, type QaCheck, type QaEntity, type QaEntityMention, type QaFinding, type QaRow, type QaSeverity } from './types'

/** Each check and its severity: errors make `scriptorium qa` exit 1, like a linter. */
const CHECKS: Record<QaCheck, { run: RowCheck; severity: QaSeverity }> = {
  numbers: { run: numbersCheck, severity: 'error' },
  'doubled-word': { run: doubledWordCheck, severity: 'warning' },
  empty: { run: emptyCheck, severity: 'error' },
  'same-as-source': { run: sameAsSourceCheck, severity: 'warning' },
  brackets: { run: bracketsCheck, severity: 'warning' },
  'end-punctuation': { run: endPunctuationCheck, severity: 'info' },
  length: { run: lengthCheck, severity: 'warning' },
  'entity-name': { run: entityNameCheck, severity: 'warning' },
  'entity-variant': { run: entityVariantCheck, severity: 'info' }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

/**
 * All findings, in row order; ignored checks left out. entityVariants: how each entity is
 * rendered elsewhere in the archive (entityId → distinct target texts).
 */
export function runQa(
  rows: QaRow[],
  options?: { mentions?: QaEntityMention[]; entities?: QaEntity[]; entityVariants?: Record<string, string[]> }
): QaFinding[] {
  const context: QaContext = {
    lengthNorm: lengthNorm(rows),
    mentions: groupBy(options?.mentions ?? [], (m) => m.rowId),
    renderings: groupBy((options?.mentions ?? []).filter((m) => m.side === 'target'), (m) => m.entityId),
    entities: new Map((options?.entities ?? []).map((entity) => [entity.id, entity])),
    entityVariants: options?.entityVariants ?? {}
  }
  return rows.flatMap((row, index) =>
    QA_CHECKS.filter((check) => !row.ignored.includes(check)).flatMap((check) =>
      CHECKS[check].run(row, context).map((params) => ({ rowId: row.id, segment: index + 1, check, severity: CHECKS[check].severity, params }))
    )
  )
}
