import { rejectSuggestions as rejectSuggestionsIn, type ArticleCommand } from '@shared/annotation'
import type { z } from 'zod'
import type { ArticleChange } from '@shared/ipc/annotation-contract'
import type { archivistOperations } from '@shared/ipc/archivist-contract'
import { AppFailure } from '@shared/ipc/result'
import { commandContext, newId } from './env'
import type { Part } from './parts'
import type { AnnotationSession } from './session'
import type { In } from './types'
import { articleScope } from './undo-stacks'

/** One command on one article, recorded in that article's undo scope. */
async function single(session: AnnotationSession, articleId: string, revision: number | undefined, command: ArticleCommand): Promise<ArticleChange> {
  return session.exclusive(async () => {
    await session.assertRevision(articleId, revision)
    const applied = await session.change(articleScope(articleId), [{ scope: 'article', articleId, command }])
    return session.articleChange(applied, articleId)
  })
}

export const addAnnotation = (s: AnnotationSession, { articleId, revision, ...input }: In<'addAnnotation'>) =>
  single(s, articleId, revision, { kind: 'addAnnotation', input })

export const updateAnnotation = (s: AnnotationSession, { articleId, revision, ...input }: In<'updateAnnotation'>) =>
  single(s, articleId, revision, { kind: 'updateAnnotation', input })

export const deleteAnnotations = (s: AnnotationSession, { articleId, revision, ids }: In<'deleteAnnotations'>) =>
  single(s, articleId, revision, { kind: 'deleteAnnotations', input: { ids } })

/** Edits the article's details (title, date, source, language, web address): one undo step. */
export const updateArticle = (s: AnnotationSession, { articleId, revision, ...input }: z.output<(typeof archivistOperations)['updateArticle']>) =>
  single(s, articleId, revision, { kind: 'updateMetadata', input })

export const addRelation = (s: AnnotationSession, { articleId, revision, ...input }: In<'addRelation'>) =>
  single(s, articleId, revision, { kind: 'addRelation', input })

export const updateRelation = (s: AnnotationSession, { articleId, revision, ...input }: In<'updateRelation'>) =>
  single(s, articleId, revision, { kind: 'updateRelation', input })

export const deleteRelation = (s: AnnotationSession, { articleId, revision, id }: In<'deleteRelation'>) =>
  single(s, articleId, revision, { kind: 'deleteRelation', input: { id } })

/** Many annotations as one undo step (accepted suggestions are such a batch too). */
export const addAnnotations = (s: AnnotationSession, { articleId, revision, source, items }: In<'addAnnotations'> | In<'acceptSuggestions'>) =>
  single(s, articleId, revision, { kind: 'addAnnotations', input: { items: items.map((item) => ({ ...item, source })) } })

/**
 * Remembers rejected suggestions as one undo step. Rejecting what is rejected already
 * changes nothing and answers an empty change (two windows may reject the same one).
 */
export function rejectSuggestions(s: AnnotationSession, { articleId, source, items }: In<'rejectSuggestions'>): Promise<ArticleChange> {
  return s.exclusive(async () => {
    const doc = await s.archive.read(articleId)
    const input = { items: items.map((item) => ({ ...item, source })) }
    const ctx = { ...commandContext(s.actor), schema: s.archive.registry().schema }
    if (rejectSuggestionsIn(doc, input, ctx).unchanged) return s.articleChange(null, articleId)
    const applied = await s.change(articleScope(articleId), [{ scope: 'article', articleId, command: { kind: 'rejectSuggestions', input } }])
    return s.articleChange(applied, articleId)
  })
}

/**
 * Tags confirmed occurrences like the annotation (its type and entity), in this article and
 * any others, as one undo step of this article.
 */
export function tagOccurrences(s: AnnotationSession, { articleId, revision, annotationId, items }: In<'tagOccurrences'>): Promise<ArticleChange> {
  return s.exclusive(async () => {
    await s.assertRevision(articleId, revision)
    const model = await findAnnotation(s, articleId, annotationId)
    const byArticle = new Map<string, In<'tagOccurrences'>['items']>()
    for (const item of items) byArticle.set(item.articleId, [...(byArticle.get(item.articleId) ?? []), item])
    for (const id of byArticle.keys()) {
      if (!s.archive.has(id)) throw new AppFailure('article.notFound', `No article with id ${id}`, { id }, 'items')
    }
    const parts: Part[] = [...byArticle].map(([id, list]) => ({
      scope: 'article',
      articleId: id,
      command: {
        kind: 'addAnnotations',
        input: { items: list.map((o) => ({ source: o.source, start: o.start, end: o.end, type: model.type, entity: model.entity })) }
      }
    }))
    const applied = await s.change(articleScope(articleId), parts, 'annotation.tagOccurrences')
    return s.articleChange(applied, articleId)
  })
}

/** Detaches one mention onto a new entity of the same name and type: one undo step. */
export function splitMention(s: AnnotationSession, { articleId, revision, annotationId }: In<'splitMention'>): Promise<ArticleChange> {
  return s.exclusive(async () => {
    await s.assertRevision(articleId, revision)
    const annotation = await findAnnotation(s, articleId, annotationId)
    const entity = s.archive.registry().entities.find((e) => e.id === annotation.entity)
    if (!entity) {
      throw new AppFailure('entity.notLinked', 'This annotation is not linked to an entity', { id: annotationId }, 'annotationId')
    }
    const id = newId('e')
    const parts: Part[] = [
      { scope: 'registry', command: { kind: 'createEntity', input: { id, type: entity.type, name: entity.name } } },
      { scope: 'article', articleId, command: { kind: 'updateAnnotation', input: { id: annotationId, entity: id } } }
    ]
    const applied = await s.change(articleScope(articleId), parts, 'entity.split')
    return s.articleChange(applied, articleId)
  })
}

export async function findAnnotation(s: AnnotationSession, articleId: string, annotationId: string) {
  const doc = await s.archive.read(articleId)
  const annotation = doc.annotations.find((a) => a.id === annotationId)
  if (!annotation) {
    throw new AppFailure('annotation.notFound', `No annotation "${annotationId}" in this article`, { id: annotationId }, 'annotationId')
  }
  return annotation
}
