import type { ArticleView } from '@shared/ipc/contract'
import type { Annotation, Relation } from '@shared/model'

/** Same content, field by field (attributes are a small flat record). */
function sameAnnotation(a: Annotation, b: Annotation): boolean {
  const x = a.target
  const y = b.target
  return (
    a.id === b.id &&
    a.modifiedAt === b.modifiedAt &&
    a.type === b.type &&
    a.note === b.note &&
    a.entity === b.entity &&
    a.orphan === b.orphan &&
    a.createdAt === b.createdAt &&
    a.createdBy === b.createdBy &&
    x.source === y.source &&
    x.position.start === y.position.start &&
    x.position.end === y.position.end &&
    x.quote.exact === y.quote.exact &&
    x.quote.prefix === y.quote.prefix &&
    x.quote.suffix === y.quote.suffix &&
    JSON.stringify(a.attributes) === JSON.stringify(b.attributes)
  )
}

const sameRelation = (a: Relation, b: Relation) => JSON.stringify(a) === JSON.stringify(b)

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
