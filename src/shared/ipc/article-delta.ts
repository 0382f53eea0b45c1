import type { AlignedRow, Alignment, Annotation, Article, ArticleDoc, Entity, HistoryEvent, RejectedSuggestion, Relation, Span, TextVersion } from '../model'
import { applyPatch, smallestPatch, type TextPatch } from '../translation/edit'
import type { ArticleView } from './contract'

export type { TextPatch } from '../translation/edit'

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
  /** Whole versions only when one was added or removed or its language, role or origin changed … */
  versions?: TextVersion[]
  /**
   * … else, when only texts changed, patches applied in order (see translation/edit.ts): a
   * one-word edit sends one word. A patch also moves the spans and annotations after it, as
   * the command did; `annotations` and `alignments` list only what changed beyond that.
   */
  texts?: TextPatch[]
  /** Alignments (segments of translations) changed; absent when none did. */
  alignments?: AlignmentsDelta
  /** The article's rejected suggestions, present only when the change touched them. */
  rejected?: RejectedSuggestion[]
}

/**
 * Alignments are keyed by their target version: whole ones put (new, or their source changed)
 * or removed, the rows of the others as list deltas, and the order of targets when unusual.
 */
export interface AlignmentsDelta {
  put: Alignment[]
  removed: string[]
  rows: { target: string; rows: ListDelta<AlignedRow> }[]
  order?: string[]
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
  // The usual case after an edit (2,000 rows, all kept in place): one pass, no maps.
  if (before.length === after.length && before.every((item, i) => item.id === after[i]!.id)) {
    return { put: after.filter((item, i) => !same(before[i]!, item)), removed: [], count: after.length }
  }
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

const sameSpan = (x: Span | null, y: Span | null): boolean => x === y || (x !== null && y !== null && x.start === y.start && x.end === y.end)

/** How each field of an aligned row is compared: as for annotations, a new field is a compile error here. */
const ROW_FIELDS: { [K in keyof AlignedRow]-?: (a: AlignedRow[K], b: AlignedRow[K]) => boolean } = {
  id: same,
  source: sameSpan,
  target: sameSpan,
  status: same,
  note: same,
  mt: same,
  hter: same,
  seconds: same,
  ignored: (x, y) => x.length === y.length && x.every((check, i) => check === y[i])
}
const rowKeys = Object.keys(ROW_FIELDS) as (keyof AlignedRow)[]

/** Field by field: after a text edit every later row has moved, so 2,000 rows are compared per keystroke save. */
const sameRow = (a: AlignedRow, b: AlignedRow): boolean =>
  a === b || rowKeys.every((key) => (ROW_FIELDS[key] as (x: unknown, y: unknown) => boolean)(a[key], b[key]))

/** Texts compared as strings (the same string is not serialised again), the rest field by field. */
const VERSION_FIELDS: { [K in keyof TextVersion]-?: (a: TextVersion[K], b: TextVersion[K]) => boolean } = {
  id: same,
  lang: same,
  role: same,
  origin: same,
  engine: same,
  text: same
}
const versionKeys = Object.keys(VERSION_FIELDS) as (keyof TextVersion)[]
const sameVersion = (a: TextVersion, b: TextVersion): boolean =>
  a === b || versionKeys.every((key) => (VERSION_FIELDS[key] as (x: unknown, y: unknown) => boolean)(a[key], b[key]))
const sameVersions = (before: readonly TextVersion[], after: readonly TextVersion[]): boolean =>
  before === after || (before.length === after.length && before.every((a, i) => sameVersion(a, after[i]!)))

/** Patches turning the texts of `before` into those of `after`, or null when versions differ in more than text. */
function textPatches(before: readonly TextVersion[], after: readonly TextVersion[]): TextPatch[] | null {
  if (before.length !== after.length) return null
  const patches: TextPatch[] = []
  for (let i = 0; i < before.length; i++) {
    const { text: a, ...was } = before[i]!
    const { text: b, ...now } = after[i]!
    if (!sameJson(was, now)) return null
    const patch = smallestPatch(now.id, a, b)
    if (patch) patches.push(patch)
  }
  return patches
}

function diffAlignments(before: readonly Alignment[], after: readonly Alignment[]): AlignmentsDelta | undefined {
  if (before === after) return undefined
  const old = new Map(before.map((a) => [a.target, a]))
  const now = new Set(after.map((a) => a.target))
  const put: Alignment[] = []
  const rows: AlignmentsDelta['rows'] = []
  for (const alignment of after) {
    const was = old.get(alignment.target)
    if (!was || was.source !== alignment.source) put.push(alignment)
    else if (was.rows !== alignment.rows) {
      const delta = diffList(was.rows, alignment.rows, sameRow)
      if (delta.put.length > 0 || delta.removed.length > 0 || delta.ids) rows.push({ target: alignment.target, rows: delta })
    }
  }
  const removed = before.filter((a) => !now.has(a.target)).map((a) => a.target)
  const usual = [...before.filter((a) => now.has(a.target)), ...after.filter((a) => !old.has(a.target))]
  const inUsualOrder = usual.every((a, i) => a.target === after[i]?.target)
  if (put.length === 0 && rows.length === 0 && removed.length === 0 && inUsualOrder) return undefined
  return { put, removed, rows, ...(inUsualOrder ? {} : { order: after.map((a) => a.target) }) }
}

/** The delta from `before` to `after` (the same article, `after` a later state of it). */
export function diffArticle(before: ArticleDoc, after: ArticleDoc, entities: Entity[]): ArticleDelta {
  const common = before.history.length <= after.history.length ? before.history.length : 0
  const texts = sameVersions(before.versions, after.versions) ? [] : textPatches(before.versions, after.versions)
  // What the patches move, the receiver moves too: the lists are compared after that.
  const base = texts ? texts.reduce(applyPatch, before) : before
  const alignments = diffAlignments(base.alignments, after.alignments)
  return {
    articleId: after.article.id,
    from: revisionOf(before),
    to: revisionOf(after),
    annotations: diffList(base.annotations, after.annotations, sameAnnotation),
    relations: diffList(before.relations, after.relations, sameRelation),
    history: after.history.slice(common),
    entities,
    ...(sameJson(before.article, after.article) ? {} : { article: after.article }),
    ...(texts === null ? { versions: after.versions } : texts.length > 0 ? { texts } : {}),
    ...(alignments ? { alignments } : {}),
    ...(sameJson(before.rejected, after.rejected) ? {} : { rejected: after.rejected ?? [] })
  }
}

/** The alignments after `delta`; null when the delta does not fit them. */
function applyAlignments(previous: readonly Alignment[], delta: AlignmentsDelta): Alignment[] | null {
  const byTarget = new Map(previous.map((a) => [a.target, a]))
  if (delta.removed.some((target) => !byTarget.has(target))) return null
  for (const { target, rows } of delta.rows) {
    const alignment = byTarget.get(target)
    const next = alignment && applyList(alignment.rows, rows)
    if (!alignment || !next) return null
    byTarget.set(target, { ...alignment, rows: next })
  }
  const removed = new Set(delta.removed)
  const put = new Map(delta.put.map((a) => [a.target, a]))
  if (delta.order) {
    const out: Alignment[] = []
    for (const target of delta.order) {
      const item = put.get(target) ?? byTarget.get(target)
      if (!item) return null
      out.push(item)
    }
    return out
  }
  const out = previous.filter((a) => !removed.has(a.target)).map((a) => put.get(a.target) ?? byTarget.get(a.target)!)
  for (const alignment of delta.put) if (!previous.some((a) => a.target === alignment.target)) out.push(alignment)
  return out
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
  const base = delta.texts ? delta.texts.reduce(applyPatch, doc) : doc
  const annotations = applyList(base.annotations, delta.annotations)
  const relations = applyList(doc.relations, delta.relations)
  const alignments = delta.alignments ? applyAlignments(base.alignments, delta.alignments) : base.alignments
  if (!annotations || !relations || !alignments) return null
  const history = [...doc.history, ...delta.history]
  const entities = sameJson(view.entities, delta.entities) ? view.entities : delta.entities
  const rejected = delta.rejected ? { rejected: delta.rejected } : {}
  const article = delta.article ?? doc.article
  const versions = delta.versions ?? base.versions
  return { doc: { ...doc, revision: delta.to, article, versions, annotations, relations, alignments, history, ...rejected }, entities }
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
