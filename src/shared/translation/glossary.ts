import { asUtf16, createOffsetMap } from '../anchoring/code-points'
import type { Entity } from '../model/entity'
import { isWholeWord } from '../segmentation/words'

/** A registry name found in a source segment, with what the registry says it is in the target language. */
export interface GlossaryTerm {
  /** Code points, end exclusive, within the text searched. */
  start: number
  end: number
  /** The text as it stands in the segment. */
  term: string
  entityId: string
  type: string
  /** The entity's name in the target language; null when the registry has none. */
  preferred: string | null
}

interface Entry {
  /** The name folded for matching (see `fold`). */
  key: string
  entity: Pick<Entity, 'id' | 'type'>
  preferred: string | null
}

/** Names shorter than this are mostly noise ("区", "Hu"), as for the registry's suggestions. */
const MIN_NAME = 2

/** "zh-CN" and "zh" are one language for a name; an exact tag wins over a primary-subtag match. */
const primary = (lang: string): string => lang.split(/[-_]/)[0]!.toLowerCase()

/** The entity's name in `lang`: the exact tag first, then any tag of the same language. */
export function nameIn(entity: Pick<Entity, 'names'>, lang: string): string | null {
  const exact = Object.entries(entity.names).find(([tag]) => tag.toLowerCase() === lang.toLowerCase())
  const same = exact ?? Object.entries(entity.names).find(([tag]) => primary(tag) === primary(lang))
  return same ? same[1].trim() || null : null
}

/**
 * Lower-cases code point by code point, keeping each one's UTF-16 length (a character whose
 * lower case is longer, like "İ", stays as it is), so indices in the folded text are indices
 * in the original.
 */
function fold(text: string): string {
  let out = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    out += lower.length === char.length ? lower : char
  }
  return out
}

/**
 * The names of an entity that may stand in a text of `sourceLang`: its name in that language,
 * its aliases (which carry no language) and its canonical name, unless that is its name in
 * another language.
 */
function sourceNames(entity: Entity, sourceLang: string): string[] {
  const own = nameIn(entity, sourceLang)
  const foreign = new Set(Object.entries(entity.names).filter(([tag]) => primary(tag) !== primary(sourceLang)).map(([, name]) => name.trim()))
  const canonical = entity.name.trim()
  const names = [own, ...entity.aliases.map((a) => a.trim()), foreign.has(canonical) && canonical !== own ? null : canonical]
  return [...new Set(names.filter((n): n is string => n !== null && [...n].length >= MIN_NAME))]
}

/**
 * The registry as a glossary for one language pair, built once per registry and pair. An
 * entity's names in the source language are its terms; its name in the target language is
 * the preferred translation.
 */
export class Glossary {
  /**
   * Longest name first, so a longer term takes its place before a shorter one inside it; of
   * entities sharing a name, one with a translation wins (the others would overlap it).
   */
  private readonly entries: Entry[]

  constructor(entities: readonly Entity[], sourceLang: string, targetLang: string) {
    const seen = new Set<string>()
    const entries: Entry[] = []
    for (const entity of entities) {
      const preferred = nameIn(entity, targetLang)
      for (const name of sourceNames(entity, sourceLang)) {
        const key = fold(name)
        const id = `${key}\u0000${entity.id}`
        if (seen.has(id)) continue
        seen.add(id)
        entries.push({ key, entity: { id: entity.id, type: entity.type }, preferred })
      }
    }
    this.entries = entries.sort((a, b) => b.key.length - a.key.length || Number(b.preferred !== null) - Number(a.preferred !== null))
  }

  get size(): number {
    return this.entries.length
  }

  /**
   * The terms of `text`, in text order: the longest names first, each as whole words in
   * spaced scripts (anywhere in Chinese, which has no spaces), case ignored, never two
   * overlapping.
   */
  find(text: string): GlossaryTerm[] {
    if (this.entries.length === 0 || text.length === 0) return []
    const folded = fold(text)
    const taken: { start: number; end: number; entry: Entry }[] = []
    const free = (start: number, end: number) => taken.every((t) => end <= t.start || start >= t.end)
    for (const entry of this.entries) {
      for (let at = folded.indexOf(entry.key); at !== -1; at = folded.indexOf(entry.key, at + 1)) {
        const end = at + entry.key.length
        if (isWholeWord(text, at, end) && free(at, end)) taken.push({ start: at, end, entry })
      }
    }
    const map = createOffsetMap(text)
    return taken
      .sort((a, b) => a.start - b.start)
      .map(({ start, end, entry }) => ({
        start: map.toCodePoint(asUtf16(start)),
        end: map.toCodePoint(asUtf16(end)),
        term: text.slice(start, end),
        entityId: entry.entity.id,
        type: entry.entity.type,
        preferred: entry.preferred
      }))
  }
}
