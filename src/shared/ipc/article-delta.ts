import type { Annotation, Article, ArticleDoc, Entity, HistoryEvent, RejectedSuggestion, Relation, TextVersion } from '../model'
import type { ArticleView } from './contract'

/**
 * What an article-changing operation sends back instead of the whole article: an article
 * of 50,000 characters with 2,000 annotations is ≈ 1 MB of JSON, and parsing it (plus the
 * garbage it leaves) cost the reader more than the change itself. Type-only imports: the
 * renderer applies deltas without loading zod.
 */
export interface ArticleDelta {
  articleId: string
  /** Revision of the article the delta applies to (see `revisionOf`) … */
  from: number
  /** … and the revision it leads to. */
  to: number
  annotations: ListDelta<Annotation>
  relations: ListDelta<Relation>
  /** Events appended to the (append-only) history. */
  history: HistoryEvent[]
  /** The entities the article's annotations link to after the change (a short list). */
  entities: Entity[]
  /** The article's metadata and text versions, present only when the change touched them. */
  article?: Article
  versions?: TextVersion[]
  /** The article's rejected suggestions, present only when the change touched them. */
  rejected?: RejectedSuggestion[]
}

/**
 * A list after the change: the items that are new or changed, the ids removed, and the
 * whole order only when it is not the usual one (the old order less the removed, changed
 * items in place, new ones at the end), as after an undone delete puts items back.
 */
export interface ListDelta<T> {
  put: T[]
  removed: string[]
  ids?: string[]
  /** How many items the list holds after the change: a check on the result. */
  count: number
}

/**
 * The article's revision: a counter the archive raises on every write. A shard stored before
 * the counter existed has none and counts as revision 0.
 */
export const revisionOf = (doc: Pick<ArticleDoc, 'revision'>): number => doc.revision ?? 0

const same = <T>(a: T, b: T): boolean => a === b
const sameJson = <T>(a: T, b: T): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * How each field of an annotation is compared. A mapped type over every key: a field added
 * to the model without a comparison here is a compile error, never a change left unsent.
 */
const ANNOTATION_FIELDS: { [K in keyof Annotation]-?: (a: Annotation[K], b: Annotation[K]) => boolean } = {
  id: same,
  type: same,
  target: (x, y) =>
    x.source === y.source &&
    x.position.start === y.position.start &&
    x.position.end === y.position.end &&
    x.quote.exact === y.quote.exact &&
    x.quote.prefix === y.quote.prefix &&
    x.quote.suffix === y.quote.suffix,
  entity: same,
  note: same,
  attributes: sameJson,
  orphan: same,
  createdAt: same,
  createdBy: same,
  modifiedAt: same
}
const annotationKeys = Object.keys(ANNOTATION_FIELDS) as (keyof Annotation)[]

/** Same content (field by field, cheaper than serialising 2,000 annotations per edit). */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return a === b || annotationKeys.every((key) => (ANNOTATION_FIELDS[key] as (x: unknown, y: unknown) => boolean)(a[key], b[key]))
}

export const sameRelation = (a: Relation, b: Relation): boolean => JSON.stringify(a) === JSON.stringify(b)

function diffList<T extends { id: string }>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): ListDelta<T> {
  const old = new Map(before.map((item) => [item.id, item]))
  const now = new Set(after.map((item) => item.id))
  const put = after.filter((item) => {
    const was = old.get(item.id)
    return !was || !same(was, item)
  })
  const removed = before.filter((item) => !now.has(item.id)).map((item) => item.id)
  const usual = [...before.filter((item) => now.has(item.id)), ...after.filter((item) => !old.has(item.id))]
  const inUsualOrder = usual.every((item, i) => item.id === after[i]?.id)
  return { put, removed, count: after.length, ...(inUsualOrder ? {} : { ids: after.map((item) => item.id) }) }
}

/** The delta from `before` to `after` (the same article, `after` a later state of it). */
export function diffArticle(before: ArticleDoc, after: ArticleDoc, entities: Entity[]): ArticleDelta {
  const common = before.history.length <= after.history.length ? before.history.length : 0
  return {
    articleId: after.article.id,
    from: revisionOf(before),
    to: revisionOf(after),
    annotations: diffList(before.annotations, after.annotations, sameAnnotation),
    relations: diffList(before.relations, after.relations, sameRelation),
    history: after.history.slice(common),
    entities,
    // No annotation command changes these today; if one does, the view follows.
    ...(sameJson(before.article, after.article) ? {} : { article: after.article }),
    ...(sameJson(before.versions, after.versions) ? {} : { versions: after.versions }),
    ...(sameJson(before.rejected, after.rejected) ? {} : { rejected: after.rejected ?? [] })
  }
}

/** The list after `delta`, reusing the previous objects; null when the delta does not fit it. */
function applyList<T extends { id: string }>(previous: readonly T[], delta: ListDelta<T>): T[] | null {
  if (!delta.ids && delta.put.length === 0 && delta.removed.length === 0) return delta.count === previous.length ? (previous as T[]) : null
  const byId = new Map(previous.map((item) => [item.id, item]))
  if (delta.removed.some((id) => !byId.has(id))) return null
  const put = new Map(delta.put.map((item) => [item.id, item]))
  let out: T[] = []
  if (delta.ids) {
    for (const id of delta.ids) {
      const item = put.get(id) ?? byId.get(id)
      if (!item) return null
      out.push(item)
    }
  } else {
    const removed = new Set(delta.removed)
    out = previous.filter((item) => !removed.has(item.id)).map((item) => put.get(item.id) ?? item)
    for (const item of delta.put) if (!byId.has(item.id)) out.push(item)
  }
  return out.length === delta.count ? out : null
}

/**
 * `view` with `delta` applied, keeping the objects of everything that did not change (the
 * reader's memoised paragraphs and rows compare by identity). Null when the view is not at
 * the revision the delta starts from — changed elsewhere meanwhile: read the article again.
 */
export function applyDelta(view: ArticleView, delta: ArticleDelta): ArticleView | null {
  const doc = view.doc
  if (doc.article.id !== delta.articleId || revisionOf(doc) !== delta.from) return null
  if (delta.from === delta.to) return view
  const annotations = applyList(doc.annotations, delta.annotations)
  const relations = applyList(doc.relations, delta.relations)
  if (!annotations || !relations) return null
  const history = [...doc.history, ...delta.history]
  const entities = sameJson(view.entities, delta.entities) ? view.entities : delta.entities
  const rejected = delta.rejected ? { rejected: delta.rejected } : {}
  const article = delta.article ?? doc.article
  return { doc: { ...doc, revision: delta.to, article, versions: delta.versions ?? doc.versions, annotations, relations, history, ...rejected }, entities }
}

/**
 * True when `read`, a whole article answered by the server, is older than `shown`: a read
 * can arrive after a later change's delta was applied. The revision only grows.
 */
export const isOlderRead = (shown: ArticleView, read: ArticleView): boolean =>
  shown.doc.article.id === read.doc.article.id && revisionOf(shown.doc) > revisionOf(read.doc)

/**
 * True when applying `delta` to `view` adds, removes or moves a link to an entity: the
 * registry's mention counts then changed too.
 */
export function changesLinks(view: ArticleView, delta: ArticleDelta): boolean {
  const before = new Map(view.doc.annotations.map((a) => [a.id, a.entity]))
  if (delta.annotations.put.some((a) => (before.get(a.id) ?? null) !== a.entity)) return true
  return delta.annotations.removed.some((id) => (before.get(id) ?? null) !== null)
}
