import type { Annotation, ArticleDoc, HistoryEvent } from '../model'
import { canonicalJson, sameData } from './same-data'

/** Two annotations with one id that differ: the newer (modifiedAt) was kept. */
export interface MergeConflict {
  article: string
  /** The annotation in conflict; null when the whole article was left as it is. */
  annotation: string | null
  kind: 'annotationDiffers' | 'textDiffers' | 'entityDiffers'
  kept: 'archive' | 'bundle'
}

export interface ArticleMerge {
  /** The merged document, or null when nothing changes. */
  doc: ArticleDoc | null
  addedAnnotations: number
  replacedAnnotations: number
  conflicts: MergeConflict[]
}

/**
 * A bundle article's entity links rewritten to the archive's ids (see mergeEntities); a link to
 * an entity neither the bundle nor the archive has is dropped (the mention stays).
 */
export function relink(doc: ArticleDoc, ids: ReadonlyMap<string, string>): ArticleDoc {
  if (!doc.annotations.some((a) => a.entity !== null && ids.get(a.entity) !== a.entity)) return doc
  return { ...doc, annotations: doc.annotations.map((a) => (a.entity === null ? a : { ...a, entity: ids.get(a.entity) ?? null })) }
}

const eventKey = (event: HistoryEvent): string => canonicalJson(event)

/**
 * Merges one bundle article into the archive's copy of it. Their shared text versions must be
 * the same text (offsets mean nothing otherwise): if not, the archive's is left as it is and
 * the conflict listed. Annotations and relations by id (the newer annotation wins), new
 * translations with their alignments, and the history events the archive lacks.
 */
export function mergeArticle(current: ArticleDoc, incoming: ArticleDoc, stamp: { actor: string; at: string }): ArticleMerge {
  const id = current.article.id
  const none: ArticleMerge = { doc: null, addedAnnotations: 0, replacedAnnotations: 0, conflicts: [] }
  const currentVersions = new Map(current.versions.map((v) => [v.id, v]))
  if (incoming.versions.some((v) => currentVersions.has(v.id) && currentVersions.get(v.id)!.text !== v.text))
    return { ...none, conflicts: [{ article: id, annotation: null, kind: 'textDiffers', kept: 'archive' }] }
  const newVersions = incoming.versions.filter((v) => !currentVersions.has(v.id))
  const versionIds = new Set([...currentVersions.keys(), ...newVersions.map((v) => v.id)])
  const annotations = [...current.annotations]
  const index = new Map(annotations.map((a, i) => [a.id, i]))
  const result: ArticleMerge = { ...none, conflicts: [] }
  for (const annotation of incoming.annotations) {
    if (!versionIds.has(annotation.target.source)) continue
    const at = index.get(annotation.id)
    if (at === undefined) {
      index.set(annotation.id, annotations.push(annotation) - 1)
      result.addedAnnotations += 1
      continue
    }
    const mine: Annotation = annotations[at]!
    if (sameData(mine, annotation)) continue
    const bundleNewer = annotation.modifiedAt > mine.modifiedAt
    result.conflicts.push({ article: id, annotation: annotation.id, kind: 'annotationDiffers', kept: bundleNewer ? 'bundle' : 'archive' })
    if (bundleNewer) {
      annotations[at] = annotation
      result.replacedAnnotations += 1
    }
  }
  const annotationIds = new Set(annotations.map((a) => a.id))
  const relationIds = new Set(current.relations.map((r) => r.id))
  const relations = [...current.relations, ...incoming.relations.filter((r) => !relationIds.has(r.id) && annotationIds.has(r.from) && annotationIds.has(r.to))]
  const targets = new Set(current.alignments.map((a) => a.target))
  const alignments = [...current.alignments, ...incoming.alignments.filter((a) => !targets.has(a.target) && versionIds.has(a.target))]
  const known = new Set(current.history.map(eventKey))
  const events = incoming.history.filter((e) => !known.has(eventKey(e)))
  const rejectedKeys = new Set((current.rejected ?? []).map(canonicalJson))
  const rejected = [...(current.rejected ?? []), ...(incoming.rejected ?? []).filter((r) => !rejectedKeys.has(canonicalJson(r)))]
  const changed =
    newVersions.length > 0 || result.addedAnnotations > 0 || result.replacedAnnotations > 0 || relations.length > current.relations.length || alignments.length > current.alignments.length || events.length > 0 || rejected.length > (current.rejected?.length ?? 0)
  if (!changed) return result
  const merge: HistoryEvent = { at: stamp.at, actor: stamp.actor, action: 'bundle.merge', detail: { added: result.addedAnnotations, replaced: result.replacedAnnotations, versions: newVersions.length } }
  const history = [...current.history, ...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  result.doc = {
    ...current,
    versions: [...current.versions, ...newVersions],
    annotations,
    relations,
    alignments,
    history: [...history, merge],
    ...(rejected.length > 0 ? { rejected } : {})
  }
  return result
}
