import type { z } from 'zod'
import type { ArticleTagsView, BatchResult, batchOperations, LinkPreview } from '@shared/ipc/batch-contract'
import { AppFailure } from '@shared/ipc/result'
import { entityKeys, linkableAnnotations } from '@shared/batch/link-matches'
import { countTags } from '@shared/batch/tag-counts'
import type { Part } from '../annotation/parts'
import type { AnnotationSession } from '../annotation/session'
import { LIBRARY_SCOPE } from '../annotation/undo-stacks'
import type { SearchService } from '../search/search-service'

type In<K extends keyof typeof batchOperations> = z.output<(typeof batchOperations)[K]>

/** Each article once; one that is not in the archive (deleted meanwhile) refuses the whole action. */
function selectedIds(s: AnnotationSession, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)]
  const missing = unique.find((id) => !s.archive.has(id))
  if (missing !== undefined) throw new AppFailure('article.notFound', `No article with id ${missing}`, { id: missing }, 'ids')
  return unique
}

/** Runs the parts as one undo step of the library; a step that would change nothing is refused with `unchanged`. */
async function libraryStep(s: AnnotationSession, parts: Part[], action: string, unchanged: AppFailure) {
  if (parts.length === 0) throw unchanged
  try {
    return await s.change(LIBRARY_SCOPE, parts, action)
  } catch (error) {
    throw error instanceof AppFailure && error.code === 'annotation.allTagged' ? unchanged : error
  }
}

/**
 * Adds and removes article tags on every selected article, all or nothing, as one undo step
 * of the library; each changed article's history records it.
 */
export const tagArticles = (s: AnnotationSession, { ids, add = [], remove = [] }: In<'tagArticles'>): Promise<BatchResult> =>
  s.exclusive(async () => {
    const selected = selectedIds(s, ids)
    const parts: Part[] = selected.map((articleId) => ({ scope: 'article', articleId, command: { kind: 'updateTags', input: { add, remove } } }))
    const unchanged = new AppFailure('batch.tagsUnchanged', 'Every selected article already has these tags', { count: selected.length }, 'add')
    const applied = await libraryStep(s, parts, 'batch.tag', unchanged)
    return { selected: selected.length, changed: applied.inverse.length, annotations: 0, undo: s.stacks.state(LIBRARY_SCOPE) }
  })

/** For each selected article, its unlinked mentions that bear one of the entity's names. */
async function linkPlan(s: AnnotationSession, ids: readonly string[], entityId: string) {
  const entity = s.archive.registry().entities.find((e) => e.id === entityId)
  if (!entity) throw new AppFailure('entity.notFound', `No entity "${entityId}" in the registry`, { id: entityId }, 'entity')
  const keys = entityKeys(entity)
  const selected = selectedIds(s, ids)
  const plan: Array<{ articleId: string; annotationIds: string[] }> = []
  for (const articleId of selected) {
    const doc = await s.archive.read(articleId)
    const found = linkableAnnotations(doc.annotations, keys)
    if (found.length > 0) plan.push({ articleId, annotationIds: found.map((a) => a.id) })
  }
  return { selected, plan }
}

const annotationCount = (plan: Array<{ annotationIds: string[] }>) => plan.reduce((sum, p) => sum + p.annotationIds.length, 0)

export const previewLink = (s: AnnotationSession, { ids, entity }: In<'previewLink'>): Promise<LinkPreview> =>
  s.exclusive(async () => {
    const { plan } = await linkPlan(s, ids, entity)
    return { articles: plan.length, annotations: annotationCount(plan) }
  })

/**
 * Links every unlinked mention in the selected articles whose quote is one of the entity's
 * names (any language, case- and width-folded): one undo step of the library.
 */
export const linkMentions = (s: AnnotationSession, { ids, entity }: In<'linkMentions'>): Promise<BatchResult> =>
  s.exclusive(async () => {
    const { selected, plan } = await linkPlan(s, ids, entity)
    const parts: Part[] = plan.map(({ articleId, annotationIds }) => ({
      scope: 'article',
      articleId,
      command: { kind: 'relinkEntities', input: { byAnnotation: Object.fromEntries(annotationIds.map((id) => [id, entity])) } }
    }))
    const unchanged = new AppFailure('batch.nothingToLink', 'No unlinked mention in these articles bears one of its names', { count: selected.length }, 'entity')
    const applied = await libraryStep(s, parts, 'batch.link', unchanged)
    return { selected: selected.length, changed: applied.inverse.length, annotations: annotationCount(plan), undo: s.stacks.state(LIBRARY_SCOPE) }
  })

/**
 * The tags on the selected articles (what can be removed) and across the archive (suggestions,
 * counted by the search worker from the records it holds: no shard is read for them).
 */
export async function articleTags(s: AnnotationSession, search: SearchService, { ids }: In<'articleTags'>): Promise<ArticleTagsView> {
  const lists: string[][] = []
  for (const id of new Set(ids)) if (s.archive.has(id)) lists.push([...(await s.archive.read(id)).article.tags])
  return { selection: countTags(lists), archive: await search.tagCounts() }
}
