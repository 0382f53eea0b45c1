import { asCodePoint, type OffsetMap } from '@shared/anchoring'
import type { Annotation } from '@shared/model'
import { byParagraph, placeAnnotations, type ParagraphRange, type Placed } from './layout'

/** Index of the paragraph a UTF-16 index falls in: the first that ends after it (else the last). */
export function paragraphAt(paragraphs: readonly ParagraphRange[], index: number): number {
  let lo = 0
  let hi = paragraphs.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((paragraphs[mid] as ParagraphRange).end > index) hi = mid
    else lo = mid + 1
  }
  return Math.max(0, lo)
}

const sameItems = <T>(a: readonly T[] | undefined, b: readonly T[]) => a !== undefined && a.length === b.length && a.every((item, i) => item === b[i])

type MarksOf = (annotations: readonly Annotation[], hidden: ReadonlySet<string>) => Placed[][]

/**
 * The version's annotations as placed spans per paragraph, remembering the last answer: a
 * paragraph whose annotations are the same objects as last time keeps its list, so only the
 * paragraphs an edit touched are placed again (offsets, levels) and re-rendered. Unchanged
 * annotations keep their objects across edits (see shared/ipc/article-delta.ts).
 */
export function createMarksKeeper(paragraphs: readonly ParagraphRange[], sourceId: string, map: OffsetMap): MarksOf {
  let groups: Annotation[][] = []
  let placed: Placed[][] = []
  // Hidden types filter per paragraph; kept per list so unchanged paragraphs stay unchanged.
  let filtered = new WeakMap<Placed[], Placed[]>()
  let hiddenBefore: ReadonlySet<string> | null = null
  return (annotations, hidden) => {
    const next: Annotation[][] = paragraphs.map(() => [])
    for (const a of annotations) {
      if (a.orphan || a.target.source !== sourceId) continue
      next[paragraphAt(paragraphs, map.toUtf16(asCodePoint(a.target.position.start)))]?.push(a)
    }
    placed = next.map((group, i) => (sameItems(groups[i], group) ? (placed[i] as Placed[]) : placeAnnotations(group, sourceId, map).sort((x, y) => x.start - y.start)))
    groups = next.map((group, i) => (sameItems(groups[i], group) ? (groups[i] as Annotation[]) : group))
    if (hidden.size === 0) return placed
    if (hidden !== hiddenBefore) {
      filtered = new WeakMap()
      hiddenBefore = hidden
    }
    return placed.map((list) => {
      let shown = filtered.get(list)
      if (!shown) filtered.set(list, (shown = list.filter((span) => !hidden.has(span.type))))
      return shown
    })
  }
}

const samePlaced = (a: Placed, b: Placed) => a.id === b.id && a.type === b.type && a.start === b.start && a.end === b.end && a.level === b.level

/**
 * Spans already placed (suggestions) grouped per paragraph, remembering the last answer: a
 * paragraph holding the same spans as last time keeps its list, as createMarksKeeper does.
 */
export function createSpanKeeper(paragraphs: readonly ParagraphRange[]): (spans: readonly Placed[]) => Placed[][] {
  let groups: Placed[][] = []
  return (spans) => {
    groups = byParagraph(paragraphs, spans).map((list, i) => {
      const old = groups[i]
      return old && old.length === list.length && list.every((span, k) => samePlaced(span, old[k] as Placed)) ? old : list
    })
    return groups
  }
}
