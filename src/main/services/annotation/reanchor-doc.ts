import { QUOTE_CONTEXT, asCodePoint, asUtf16, createOffsetMap, reanchor, type OffsetMap } from '@shared/anchoring'
import type { Annotation, ArticleDoc, HistoryEvent } from '@shared/model'

/** True when the annotation's position still holds its quote with the same context. */
function inPlace(annotation: Annotation, map: OffsetMap, length: number): boolean {
  const { position, quote } = annotation.target
  if (position.end > length || position.start > position.end) return false
  const text = map.text
  const at = (n: number) => map.toUtf16(asCodePoint(n))
  const start = at(position.start)
  const end = at(position.end)
  return (
    text.slice(start, end) === quote.exact &&
    text.slice(at(Math.max(0, position.start - QUOTE_CONTEXT)), start) === quote.prefix &&
    text.slice(end, at(position.end + QUOTE_CONTEXT)) === quote.suffix
  )
}

export interface Reanchored {
  annotations: Annotation[]
  moved: string[]
  orphaned: string[]
}

/**
 * The article's annotations re-anchored against its texts, or null when every one is still
 * in place (the usual case, checked in O(log n) per annotation with one offset map per text;
 * only misplaced ones pay for the quote search). An annotation on a missing text version,
 * or whose quote cannot be found, is kept and flagged orphan.
 */
export function reanchorDoc(doc: ArticleDoc): Reanchored | null {
  const maps = new Map<string, { map: OffsetMap; length: number }>()
  for (const version of doc.versions) {
    const map = createOffsetMap(version.text)
    maps.set(version.id, { map, length: map.toCodePoint(asUtf16(version.text.length)) })
  }
  const moved: string[] = []
  const orphaned: string[] = []
  let changed = false
  const annotations = doc.annotations.map((annotation) => {
    const text = maps.get(annotation.target.source)
    if (!text) {
      if (annotation.orphan) return annotation
      orphaned.push(annotation.id)
      changed = true
      return { ...annotation, orphan: true }
    }
    if (!annotation.orphan && inPlace(annotation, text.map, text.length)) return annotation
    const result = reanchor(annotation, text.map.text, text.map)
    if (result.annotation === annotation) return annotation
    changed = true
    if (result.method === 'orphan') orphaned.push(annotation.id)
    else moved.push(annotation.id)
    return result.annotation
  })
  return changed ? { annotations, moved, orphaned } : null
}

/** The article with re-anchored annotations and a history entry saying so. */
export function withReanchored(doc: ArticleDoc, result: Reanchored, actor: string): ArticleDoc {
  const event: HistoryEvent = {
    at: new Date().toISOString(),
    actor,
    action: 'annotation.reanchor',
    detail: { moved: result.moved, orphaned: result.orphaned }
  }
  return { ...doc, annotations: result.annotations, history: [...doc.history, event] }
}
