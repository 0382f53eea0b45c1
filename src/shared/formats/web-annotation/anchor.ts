import { asCodePoint, createOffsetMap, sliceCodePoints } from '../../anchoring/code-points'
import { matchQuote } from '../../anchoring/match-quote'
import type { TextVersion } from '../../model'
import type { ImportedRelation, ImportedSpan } from '../interchange/imported'
import type { ForeignAnnotation, ForeignLink } from './read'

/** An imported mention found in one version of the article. */
export interface AnchoredSpan extends ImportedSpan {
  versionId: string
}

export interface AnchorResult {
  spans: AnchoredSpan[]
  relations: ImportedRelation[]
  /** Annotations whose quote is in no version of the article: reported, not imported. */
  unanchored: ForeignAnnotation[]
}

/** A fuzzy match must score this (quote and context, 0..1), as re-anchoring demands. */
const FUZZY_MIN_SCORE = 0.7

/** The span of `text` the annotation quotes, in code points, or null. */
function find(text: string, annotation: ForeignAnnotation): { start: number; end: number } | null {
  const { position, exact } = annotation
  if (position && sliceCodePoints(text, asCodePoint(position.start), asCodePoint(position.end)) === exact) return position
  const map = createOffsetMap(text)
  const hint = position ? map.toUtf16(asCodePoint(position.start)) : undefined
  const match = matchQuote(text, exact, {
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    ...(hint === undefined ? {} : { hint }),
    maxErrors: Math.floor(exact.length / 4)
  })
  if (!match) return null
  const exactly = text.slice(match.start, match.end) === exact
  if (!exactly && match.score < FUZZY_MIN_SCORE) return null
  return { start: map.toCodePoint(match.start as never), end: map.toCodePoint(match.end as never) }
}

/**
 * Anchors foreign annotations in an article by quote (the position only as a hint): in the
 * version its source names when that is one of ours (`…:version:<id>`), else in the first
 * version where the quote is found. Links whose ends were both anchored become relations.
 */
export function anchorWebAnnotations(read: { annotations: ForeignAnnotation[]; links: ForeignLink[] }, versions: readonly TextVersion[]): AnchorResult {
  const spans: AnchoredSpan[] = []
  const unanchored: ForeignAnnotation[] = []
  for (const annotation of read.annotations) {
    const named = /:version:([A-Za-z0-9_-]+)$/.exec(annotation.source ?? '')?.[1]
    const order = [...versions].sort((a, b) => Number(b.id === named) - Number(a.id === named))
    let placed = false
    for (const version of order) {
      const span = find(version.text, annotation)
      if (!span) continue
      const { key, type, note, attributes, reference } = annotation
      spans.push({ key, type, note, attributes, reference, start: span.start, end: span.end, versionId: version.id })
      placed = true
      break
    }
    if (!placed) unanchored.push(annotation)
  }
  const keys = new Set(spans.map((s) => s.key))
  const relations = read.links.filter((l) => keys.has(l.from) && keys.has(l.to)).map((l) => ({ type: l.type, from: l.from, to: l.to, note: l.note }))
  return { spans, relations, unanchored }
}
