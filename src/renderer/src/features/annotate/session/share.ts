import { sameAnnotation, sameRelation } from '@shared/ipc/article-delta'
import type { ArticleView } from '@shared/ipc/contract'

/** `next`, with each item equal to the previous one of its id replaced by that previous object. */
function share<T extends { id: string }>(prev: readonly T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  const before = new Map(prev.map((item) => [item.id, item]))
  let unchanged = prev.length === next.length
  const out = next.map((item, i) => {
    const old = before.get(item.id)
    if (old && same(old, item)) {
      if (prev[i] !== old) unchanged = false
      return old
    }
    unchanged = false
    return item
  })
  return unchanged ? (prev as T[]) : out
}

/**
 * The view an operation answered, reusing the previous view's objects for the annotations
 * and relations that did not change: memoised paragraphs and panel rows compare by identity,
 * so an edit re-renders what it touched and nothing else.
 */
export function shareUnchanged(prev: ArticleView | null, next: ArticleView): ArticleView {
  if (!prev || prev.doc.article.id !== next.doc.article.id) return next
  const annotations = share(prev.doc.annotations, next.doc.annotations, sameAnnotation)
  const relations = share(prev.doc.relations, next.doc.relations, sameRelation)
  return { ...next, doc: { ...next.doc, annotations, relations } }
}
