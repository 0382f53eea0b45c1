import type { Annotation, RejectedSuggestion } from '../model/annotation'
import type { Entity } from '../model/entity'
import { asCodePoint, asUtf16, createOffsetMap, type CodePointOffset } from '../anchoring/code-points'
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
  /** The registry entity this name belongs to (known-entity suggestions with one bearer). */
  entity?: string
}

export interface SuggestOptions {
  /** The archive's entity registry; its names and aliases in every language are matched. */
  entities?: readonly Entity[] | EntityNames
  /** The article's annotations on this text: suggestions never repeat or overlap their type. */
  annotations?: readonly Annotation[]
  /** Types the schema knows; suggestions of other types are dropped. */
  types?: readonly string[]
  /** Suggestions the archivist rejected on this text: never offered again. */
  rejected?: readonly RejectedSuggestion[]
}

type Sourced = RawSpan & { source: Suggestion['source']; entity?: string }

const spanKey = (start: number, end: number, type: string, exact: string): string => `${start}:${end}:${type}:${exact}`

/**
 * Offline suggestions for one text: entity names first (they are the archive's own
 * knowledge and win ties), then the genre patterns. The result is flat (the longest span
 * wins where two overlap, as an archivist tags), sorted, without duplicates, and never on
 * a range that overlaps an existing annotation of the same type or that is already
 * annotated with any type, nor where the archivist rejected it. Offsets are code points.
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestion[] {
  const names = options.entities instanceof EntityNames ? options.entities : new EntityNames(options.entities ?? [])
  const map = createOffsetMap(text)
  // Rejections are dropped before flattening, so a shorter reading they hid may be offered.
  const rejected = new Set((options.rejected ?? []).map((r) => spanKey(map.toUtf16(asCodePoint(r.start)), map.toUtf16(asCodePoint(r.end)), r.type, r.exact)))
  const raw: Sourced[] = [
    ...names.find(text).map((s) => ({ ...s, source: 'entity' as const })),
    ...patternSpans(text).map((s) => ({ ...s, source: 'pattern' as const }))
  ].filter(
    (s) => (!options.types || options.types.includes(s.type)) && (rejected.size === 0 || !rejected.has(spanKey(s.start, s.end, s.type, text.slice(s.start, s.end))))
  )
  const existing = (options.annotations ?? []).filter((a) => !a.orphan).map((a) => ({ type: a.type, start: a.target.position.start, end: a.target.position.end }))
  const out: Suggestion[] = []
  for (const span of longestFlat(raw)) {
    const start = map.toCodePoint(asUtf16(span.start))
    const end = map.toCodePoint(asUtf16(span.end))
    const exact = text.slice(span.start, span.end)
    const clash = existing.some(
      (a) => (a.start === start && a.end === end) || (a.type === span.type && start < a.end && a.start < end)
    )
    if (clash) continue
    const suggestion: Suggestion = { start, end, exact, type: span.type, source: span.source }
    if (span.entity !== undefined) suggestion.entity = span.entity
    out.push(suggestion)
  }
  return out
}
