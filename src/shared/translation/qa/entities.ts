import { isWholeWord } from '../../segmentation/words'
import { normaliseName, sameLanguage, type QaContext, type QaEntity, type QaParams, type QaRow, type RowCheck } from './types'

/** True when `name` occurs in `text` as whole words (anywhere in Chinese), ignoring case. */
function contains(text: string, name: string): boolean {
  const haystack = text.toLowerCase()
  const needle = name.trim().toLowerCase()
  if (needle === '') return false
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (isWholeWord(text, at, at + needle.length)) return true
  }
  return false
}

/** The entity's registered names in the target language, preferred first. */
const targetNames = (entity: QaEntity | undefined, lang: string): string[] => entity?.names.filter((n) => sameLanguage(n.lang, lang)).map((n) => n.name) ?? []

/** Entities tagged in the row's source, each once. */
function sourceEntities(row: QaRow, context: QaContext): { entityId: string; text: string }[] {
  const seen = new Map<string, string>()
  for (const m of context.mentions.get(row.id) ?? []) if (m.side === 'source' && !seen.has(m.entityId)) seen.set(m.entityId, m.text)
  return [...seen].map(([entityId, text]) => ({ entityId, text }))
}

/**
 * An entity tagged in the source whose registered target-language name, and every alias, is
 * missing from the target. An entity with no name in the target language gives no finding:
 * there is nothing to compare with (the editor's glossary offers to add one).
 */
export const entityNameCheck: RowCheck = (row, context) => {
  if (row.source === null) return []
  const findings: QaParams[] = []
  for (const { entityId, text } of sourceEntities(row, context)) {
    const entity = context.entities.get(entityId)
    const names = targetNames(entity, row.targetLang)
    if (names.length === 0) continue
    if (![...names, ...(entity?.aliases ?? [])].some((name) => contains(row.target, name))) findings.push({ name: text, expected: names[0]! })
  }
  return findings
}

/**
 * How this row's target renders each entity: the text of a mention tagged in the target, or,
 * for an entity tagged only in the source, the first known rendering of it (registry name,
 * alias, how the archive or this article rendered it) that the target contains.
 */
function renderings(row: QaRow, context: QaContext): { entityId: string; text: string }[] {
  const found = (context.mentions.get(row.id) ?? []).filter((m) => m.side === 'target').map((m) => ({ entityId: m.entityId, text: m.text }))
  const tagged = new Set(found.map((m) => m.entityId))
  for (const { entityId } of sourceEntities(row, context)) {
    if (tagged.has(entityId)) continue
    const entity = context.entities.get(entityId)
    const known = [
      ...targetNames(entity, row.targetLang),
      ...(entity?.aliases ?? []),
      ...(context.entityVariants[entityId] ?? []),
      ...(context.renderings.get(entityId) ?? []).map((m) => m.text)
    ]
    const text = known.find((name) => contains(row.target, name))
    if (text !== undefined) found.push({ entityId, text })
  }
  return found
}

/**
 * An entity rendered in this target unlike the registry's preferred target-language name, or
 * — when the registry has none — unlike its other renderings: elsewhere in the archive
 * (entityVariants) or in this article's other rows. A rendering that is the preferred name is
 * never flagged, however others render it: they are the ones to fix.
 */
export const entityVariantCheck: RowCheck = (row, context) => {
  const findings: QaParams[] = []
  const reported = new Set<string>()
  for (const { entityId, text } of renderings(row, context)) {
    const own = normaliseName(text)
    const key = `${entityId}\u0000${own}`
    if (reported.has(key)) continue
    reported.add(key)
    const preferred = targetNames(context.entities.get(entityId), row.targetLang)[0]?.trim()
    if (preferred !== undefined && normaliseName(preferred) === own) continue
    const others = new Map<string, string>()
    const elsewhere = [...(context.entityVariants[entityId] ?? []), ...(context.renderings.get(entityId) ?? []).filter((m) => m.rowId !== row.id).map((m) => m.text)]
    for (const other of elsewhere) {
      const name = normaliseName(other)
      if (name !== own && (preferred === undefined || name !== normaliseName(preferred)) && !others.has(name)) others.set(name, other.trim())
    }
    const variants = [...others.values()].join(', ')
    if (preferred !== undefined) findings.push({ name: text.trim(), preferred, ...(variants ? { variants, context: 'both' } : { context: 'preferred' }) })
    else if (variants) findings.push({ name: text.trim(), variants })
  }
  return findings
}
