import type { Annotation } from '../model/annotation'
import type { Entity } from '../model/entity'
import { asUtf16, createOffsetMap, type CodePointOffset } from '../anchoring/code-points'
import { EntityNames } from './entity-names'
import { patternSpans } from './patterns'
import { longestFlat, type RawSpan } from './spans'

/** A suggested annotation: shown apart from accepted ones, never stored until accepted. */
export interface Suggestion {
  start: CodePointOffset
  end: CodePointOffset
  exact: string
  type: string
  source: 'entity' | 'pattern'
}

export interface SuggestOptions {
  /** The archive's entity registry; its names and aliases in every language are matched. */
  entities?: readonly Entity[] | EntityNames
  /** The article's annotations on this text: suggestions never repeat or overlap their type. */
  annotations?: readonly Annotation[]
  /** Types the schema knows; suggestions of other types are dropped. */
  types?: readonly string[]
}

type Sourced = RawSpan & { source: Suggestion['source'] }

/**
 * Offline suggestions for one text: entity names first (they are the archive's own
 * knowledge and win ties), then the genre patterns. The result is flat (the longest span
 * wins where two overlap, as an archivist tags), sorted, without duplicates, and never on
 * a range that overlaps an existing annotation of the same type or that is already
 * annotated with any type. Offsets are code points.
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestion[] {
  const names = options.entities instanceof EntityNames ? options.entities : new EntityNames(options.entities ?? [])
  const raw: Sourced[] = [
    ...names.find(text).map((s) => ({ ...s, source: 'entity' as const })),
    ...patternSpans(text).map((s) => ({ ...s, source: 'pattern' as const }))
  ].filter((s) => !options.types || options.types.includes(s.type))
  const map = createOffsetMap(text)
  const existing = (options.annotations ?? []).filter((a) => !a.orphan).map((a) => ({ type: a.type, start: a.target.position.start, end: a.target.position.end }))
  const out: Suggestion[] = []
  for (const span of longestFlat(raw)) {
    const start = map.toCodePoint(asUtf16(span.start))
    const end = map.toCodePoint(asUtf16(span.end))
    const clash = existing.some(
      (a) => (a.start === start && a.end === end) || (a.type === span.type && start < a.end && a.start < end)
    )
    if (!clash) out.push({ start, end, exact: text.slice(span.start, span.end), type: span.type, source: span.source })
  }
  return out
}
