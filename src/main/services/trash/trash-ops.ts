import type { z } from 'zod'
import type { archivistOperations, TrashChange } from '@shared/ipc/archivist-contract'
import { AppFailure } from '@shared/ipc/result'
import type { TrashedEntity, TrashView } from '@shared/model/trash'
import type { Part } from '../annotation/parts'
import type { AnnotationSession } from '../annotation/session'
import { LIBRARY_SCOPE, REGISTRY_SCOPE } from '../annotation/undo-stacks'

type In<K extends keyof typeof archivistOperations> = z.output<(typeof archivistOperations)[K]>

export async function listTrash(s: AnnotationSession): Promise<TrashView> {
  const entities = (await s.archive.trash.entities()).map(({ entity, mentions, deletedAt }) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    mentionCount: mentions.reduce((sum, m) => sum + m.annotationIds.length, 0),
    deletedAt
  }))
  return { articles: await s.archive.trash.articles(), entities }
}

async function answer(s: AnnotationSession, scope: string): Promise<TrashChange> {
  return { trash: await listTrash(s), undo: s.stacks.state(scope) }
}

/** Moves articles' shards to trash/, intact: one undo step of the library. */
export const deleteArticles = (s: AnnotationSession, { ids }: In<'deleteArticles'>): Promise<TrashChange> =>
  s.exclusive(async () => {
    await s.change(LIBRARY_SCOPE, [{ scope: 'trash', command: { kind: 'moveArticles', to: 'trash', ids } }], 'article.delete')
    return answer(s, LIBRARY_SCOPE)
  })

/**
 * Moves an entity to trash/: it leaves the registry, its mentions are unlinked (the
 * annotations stay) and the trash record remembers them, all one undo step of the registry.
 */
export const deleteEntity = (s: AnnotationSession, { id }: In<'deleteEntity'>): Promise<TrashChange> =>
  s.exclusive(async () => {
    await s.index.ensure()
    const entities = s.archive.registry().entities
    const index = entities.findIndex((e) => e.id === id)
    const entity = entities[index]
    if (!entity) throw new AppFailure('entity.notFound', `No entity "${id}" in the registry`, { id }, 'id')
    const mentions = s.index.articlesMentioning(id).map((article) => ({
      articleId: article.id,
      annotationIds: article.annotations.filter((n) => n.entity === id).map((n) => n.id)
    }))
    const record: TrashedEntity = { schemaVersion: 1, deletedAt: new Date().toISOString(), entity, index, mentions }
    const parts: Part[] = [
      { scope: 'registry', command: { kind: 'putEntities', input: { put: [], remove: [id] } } },
      ...mentions.map((m): Part => ({ scope: 'article', articleId: m.articleId, command: { kind: 'relinkEntities', input: { map: { [id]: null } } } })),
      { scope: 'trash', command: { kind: 'putEntityRecord', record } }
    ]
    await s.change(REGISTRY_SCOPE, parts, 'entity.delete')
    return answer(s, REGISTRY_SCOPE)
  })

/**
 * The parts that bring a trashed entity back: into the registry where it stood, its
 * mentions linked again where they still exist and are still unlinked (an archivist may
 * have linked one elsewhere meanwhile), its trash record removed. Run once the articles
 * restored with it are back.
 */
async function entityRestoreParts(s: AnnotationSession, record: TrashedEntity): Promise<Part[]> {
  const { id } = record.entity
  const parts: Part[] = [{ scope: 'registry', command: { kind: 'putEntities', input: { put: [{ item: record.entity, index: record.index }], remove: [] } } }]
  for (const { articleId, annotationIds } of record.mentions) {
    if (!s.archive.has(articleId)) continue
    const doc = await s.archive.read(articleId)
    const unlinked = new Set(doc.annotations.filter((a) => a.entity === null).map((a) => a.id))
    const byAnnotation = Object.fromEntries(annotationIds.filter((a) => unlinked.has(a)).map((a) => [a, id]))
    if (Object.keys(byAnnotation).length > 0) parts.push({ scope: 'article', articleId, command: { kind: 'relinkEntities', input: { byAnnotation } } })
  }
  parts.push({ scope: 'trash', command: { kind: 'removeEntityRecord', id } })
  return parts
}

/**
 * Everything a restore needs, checked before anything changes, so that a restore is refused
 * whole rather than done in part: each entity is in the trash and its place free; its
 * mentions in trashed articles come back with it (else the record is all that remembers
 * them); a restored article links to no entity that stays in the trash.
 */
async function checkRestore(s: AnnotationSession, articles: string[], entityIds: string[]): Promise<TrashedEntity[]> {
  const trash = s.archive.trash
  await trash.moves(articles, 'articles')
  const restoring = new Set(articles)
  const records: TrashedEntity[] = []
  for (const id of entityIds) {
    const record = await trash.entity(id)
    if (!record) throw new AppFailure('trash.notInTrash', `Entity ${id} is not in the trash`, { id }, 'entities')
    if (s.archive.registry().entities.some((e) => e.id === id)) {
      throw new AppFailure('trash.restoreConflict', `An entity with id ${id} is in the registry already`, { id }, 'entities')
    }
    const left: string[] = []
    for (const { articleId } of record.mentions) if (!restoring.has(articleId) && (await trash.holdsArticle(articleId))) left.push(articleId)
    if (left.length > 0) throw new AppFailure('trash.mentionsInTrash', `Mentions of ${id} are in trashed articles`, { id, articles: left.join(', ') }, 'entities')
    records.push(record)
  }
  const registered = new Set(s.archive.registry().entities.map((e) => e.id))
  const coming = new Set(entityIds)
  for (const articleId of articles) {
    const doc = await trash.article(articleId)
    for (const entity of new Set(doc?.annotations.flatMap((a) => (a.entity ? [a.entity] : [])) ?? [])) {
      if (registered.has(entity) || coming.has(entity) || !(await trash.entity(entity))) continue
      throw new AppFailure('trash.linksTrashedEntity', `${articleId} links to ${entity}, in the trash`, { id: articleId, entity }, 'articles')
    }
  }
  return records
}

/**
 * Restores articles and entities from trash/, in the library's undo scope: the articles as
 * one step, then the entities as another (an entity's mentions may be in an article that
 * comes back with it, which must be in the archive before they can be linked). Both are
 * checked before either is done.
 */
export const restoreFromTrash = (s: AnnotationSession, { articles = [], entities = [] }: In<'restoreFromTrash'>): Promise<TrashChange> =>
  s.exclusive(async () => {
    if (articles.length + entities.length === 0) throw new AppFailure('trash.nothingToRestore', 'Choose something to restore', {}, 'articles')
    const records = await checkRestore(s, [...new Set(articles)], [...new Set(entities)])
    if (articles.length > 0) await s.change(LIBRARY_SCOPE, [{ scope: 'trash', command: { kind: 'moveArticles', to: 'articles', ids: articles } }], 'article.restore')
    if (records.length > 0) {
      const entityParts: Part[] = []
      for (const record of records) entityParts.push(...(await entityRestoreParts(s, record)))
      await s.change(LIBRARY_SCOPE, entityParts, 'entity.restore')
    }
    return answer(s, LIBRARY_SCOPE)
  })
