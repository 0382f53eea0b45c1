import { updateSchema as planSchema, type RegistryCommand } from '@shared/annotation'
import type { EntitySummary, RegistryView, SchemaChangeResult } from '@shared/ipc/annotation-contract'
import { AppFailure } from '@shared/ipc/result'
import type { Entity } from '@shared/model'
import { commandContext, newId } from './env'
import type { Part } from './parts'
import type { AnnotationSession } from './session'
import type { In } from './types'
import { REGISTRY_SCOPE, articleScope } from './undo-stacks'

export async function getRegistry(s: AnnotationSession): Promise<RegistryView> {
  await s.index.ensure()
  const { schema, entities } = s.archive.registry()
  return { schema, entities: entities.map((e) => ({ ...e, mentionCount: s.index.mentionCount(e.id) })) }
}

function entityOf(s: AnnotationSession, id: string): Entity {
  const entity = s.archive.registry().entities.find((e) => e.id === id)
  if (!entity) throw new AppFailure('entity.notFound', `No entity "${id}" in the registry`, { id }, 'id')
  return entity
}

/** A registry-only change, one undo step of the registry scope. */
async function registryChange(s: AnnotationSession, command: RegistryCommand, id: string): Promise<EntitySummary> {
  await s.change(REGISTRY_SCOPE, [{ scope: 'registry', command }])
  return s.summary(entityOf(s, id))
}

/**
 * Creates an entity. With `link`, also links that annotation to it; both are one undo step
 * of the article's scope (where the archivist pressed the key).
 */
export function createEntity(s: AnnotationSession, { link, ...fields }: In<'createEntity'>): Promise<EntitySummary> {
  return s.exclusive(async () => {
    const id = newId('e')
    const create: Part = { scope: 'registry', command: { kind: 'createEntity', input: { ...fields, id } } }
    if (!link) return registryChange(s, create.command as RegistryCommand, id)
    await s.assertRevision(link.articleId, link.revision)
    const relink: Part = {
      scope: 'article',
      articleId: link.articleId,
      command: { kind: 'updateAnnotation', input: { id: link.annotationId, entity: id } }
    }
    await s.change(articleScope(link.articleId), [create, relink], 'entity.create')
    return s.summary(entityOf(s, id))
  })
}

export const updateEntity = (s: AnnotationSession, input: In<'updateEntity'>): Promise<EntitySummary> =>
  s.exclusive(() => registryChange(s, { kind: 'updateEntity', input }, input.id))

/**
 * Merges `from` into `into`: the registry change and the relinking of every mention of
 * `from`, in every article that has one, are one undo step of the registry scope.
 */
export function mergeEntities(s: AnnotationSession, { from, into }: In<'mergeEntities'>): Promise<EntitySummary> {
  return s.exclusive(async () => {
    await s.index.ensure()
    const parts: Part[] = [{ scope: 'registry', command: { kind: 'mergeEntities', input: { from, into } } }]
    for (const article of s.index.articlesMentioning(from)) {
      parts.push({ scope: 'article', articleId: article.id, command: { kind: 'relinkEntities', input: { map: { [from]: into } } } })
    }
    await s.change(REGISTRY_SCOPE, parts, 'entity.merge')
    return s.summary(entityOf(s, into))
  })
}

/**
 * Replaces the tag schema. Renamed types are retyped in every article using them, and
 * (with confirmDelete) annotations of deleted types are deleted, all in one undo step.
 * Without confirmDelete a type still in use is refused with its count (schema.typeInUse).
 */
export function updateSchema(s: AnnotationSession, { schema, renames, confirmDelete }: In<'updateSchema'>): Promise<SchemaChangeResult> {
  return s.exclusive(async () => {
    await s.index.ensure()
    const input = { schema, renames, confirmDelete, usage: s.index.typeUsage() }
    // A dry run validates and tells which types are renamed or deleted.
    const plan = planSchema(s.archive.registry(), input, commandContext(s.actor)).value
    const deleted = new Set(plan.deleted.map((d) => d.type))
    const parts: Part[] = [{ scope: 'registry', command: { kind: 'updateSchema', input } }]
    let affected = 0
    for (const article of s.index.all()) {
      const retyped = article.annotations.filter((a) => Object.hasOwn(plan.renamed, a.type)).length
      const gone = article.annotations.filter((a) => deleted.has(a.type)).map((a) => a.id)
      if (retyped > 0) parts.push({ scope: 'article', articleId: article.id, command: { kind: 'retypeAnnotations', input: { map: plan.renamed } } })
      if (gone.length > 0) parts.push({ scope: 'article', articleId: article.id, command: { kind: 'deleteAnnotations', input: { ids: gone } } })
      affected += retyped + gone.length
    }
    await s.change(REGISTRY_SCOPE, parts, 'schema.update')
    return { schema: s.archive.registry().schema, affected }
  })
}
