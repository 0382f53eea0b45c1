import type { ArticleDoc } from '../../model/documents'
import type { ArticleCommand, ArticleContext, Outcome, RestoreAnnotationsInput } from './types'
import { fail, insertPlaced, makeEvent, withEvent } from './util'

/** Puts deleted annotations and relations back where they were: the inverse of a delete. */
export function restoreAnnotations(
  doc: ArticleDoc,
  input: RestoreAnnotationsInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, number> {
  const existing = new Set(doc.annotations.map((a) => a.id))
  for (const { item } of input.annotations) {
    if (existing.has(item.id)) fail('annotation.alreadyExists', `Annotation "${item.id}" already exists`, { id: item.id })
  }
  const ids = input.annotations.map((p) => p.item.id)
  const event = makeEvent(ctx, 'annotation.restore', { ids, relations: input.relations.map((p) => p.item.id) })
  const restored = {
    ...doc,
    annotations: insertPlaced(doc.annotations, input.annotations),
    relations: insertPlaced(doc.relations, input.relations)
  }
  return {
    doc: withEvent(restored, event),
    inverse: { kind: 'deleteAnnotations', input: { ids } },
    event,
    value: ids.length
  }
}
