import type { ArticleDoc } from '../../model/documents'
import type { ArticleCommand, ArticleContext, DeleteAnnotationsInput, Outcome } from './types'
import { makeEvent, removeWhere, withEvent } from './util'
import { requireAnnotation } from './validate'

/**
 * Deletes annotations and every relation touching them (a relation with a missing end
 * would be lost on export anyway). The inverse restores both at their old places.
 */
export function deleteAnnotations(
  doc: ArticleDoc,
  input: DeleteAnnotationsInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, number> {
  for (const id of input.ids) requireAnnotation(doc, id)
  const ids = new Set(input.ids)
  const annotations = removeWhere(doc.annotations, (a) => ids.has(a.id))
  const relations = removeWhere(doc.relations, (r) => ids.has(r.from) || ids.has(r.to))
  const event = makeEvent(ctx, 'annotation.delete', {
    ids: input.ids,
    relations: relations.removed.map((r) => r.item.id)
  })
  return {
    doc: withEvent({ ...doc, annotations: annotations.kept, relations: relations.kept }, event),
    inverse: { kind: 'restoreAnnotations', input: { annotations: annotations.removed, relations: relations.removed } },
    event,
    value: annotations.removed.length
  }
}

/** Deletes one annotation (and its relations). */
export const deleteAnnotation = (doc: ArticleDoc, input: { id: string }, ctx: ArticleContext) =>
  deleteAnnotations(doc, { ids: [input.id] }, ctx)
