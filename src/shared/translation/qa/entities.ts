import { isWholeWord } from '../../segmentation/words'
import { normaliseName, sameLanguage, type RowCheck } from './types'

/** True when `name` occurs in `text` as whole words, ignoring case. */
function contains(text: string, name: string): boolean {
  const haystack = text.toLowerCase()
  const needle = name.toLowerCase()
  if (needle === '') return false
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (isWholeWord(text, at, at + needle.length)) return true
  }
  return false
}

/** An entity tagged in the source whose registered target-language names are all missing from the target. */
export const entityNameCheck: RowCheck = (row, context) => {
  if (row.source === null) return []
  const seen = new Set<string>()
  const findings = []
  for (const mention of context.mentions.get(row.id) ?? []) {
    if (mention.side !== 'source' || seen.has(mention.entityId)) continue
    seen.add(mention.entityId)
    const names = context.entities.get(mention.entityId)?.names.filter((n) => sameLanguage(n.lang, row.targetLang)) ?? []
    if (names.length > 0 && !names.some((n) => contains(row.target, n.name))) {
      findings.push({ name: mention.text, expected: (names[0] as { name: string }).name })
    }
  }
  return findings
}

/**
 * An entity rendered in this target unlike its other renderings: elsewhere in the archive
 * (entityVariants) or in this article's other rows.
 */
export const entityVariantCheck: RowCheck = (row, context) => {
  const findings = []
  const reported = new Set<string>()
  for (const mention of context.mentions.get(row.id) ?? []) {
    if (mention.side !== 'target') continue
    const own = normaliseName(mention.text)
    const key = `${mention.entityId}\u0000${own}`
    if (reported.has(key)) continue
    reported.add(key)
    const others = new Map<string, string>()
    const elsewhere = [
      ...(context.entityVariants[mention.entityId] ?? []),
      ...(context.renderings.get(mention.entityId) ?? []).filter((m) => m.rowId !== row.id).map((m) => m.text)
    ]
    for (const text of elsewhere) if (normaliseName(text) !== own && !others.has(normaliseName(text))) others.set(normaliseName(text), text.trim())
    if (others.size > 0) findings.push({ name: mention.text, variants: [...others.values()].join(', ') })
  }
  return findings
}
