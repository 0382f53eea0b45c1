import type { ArticleDoc } from '../../model/documents'
import { requireRelation } from './relation-checks'
import type { ArticleCommand, ArticleContext, DeleteRelationInput, Outcome, RestoreRelationInput } from './types'
import { fail, insertPlaced, makeEvent, removeWhere, withEvent } from './util'

/** Deletes one relation; the inverse puts it back at the same place in the list. */
export function deleteRelation(doc: ArticleDoc, input: DeleteRelationInput, ctx: ArticleContext): Outcome<ArticleDoc, ArticleCommand, undefined> {
  requireRelation(doc, input.id)
  const { kept, removed } = removeWhere(doc.relations, (r) => r.id === input.id)
  const event = makeEvent(ctx, 'relation.delete', { id: input.id })
  return {
    doc: withEvent({ ...doc, relations: kept }, event),
    inverse: { kind: 'restoreRelation', input: { relation: removed[0] as RestoreRelationInput['relation'] } },
    event,
    value: undefined
  }
}

/** The inverse of deleteRelation. Both ends must still exist. */
export function restoreRelation(doc: ArticleDoc, input: RestoreRelationInput, ctx: ArticleContext): Outcome<ArticleDoc, ArticleCommand, undefined> {
  const { item } = input.relation
  if (doc.relations.some((r) => r.id === item.id)) fail('relation.alreadyExists', `Relation "${item.id}" already exists`, { id: item.id })
  for (const end of [item.from, item.to]) {
    if (!doc.annotations.some((a) => a.id === end)) fail('relation.unknownAnnotation', `No annotation "${end}" in this article`, { id: end })
  }
  const event = makeEvent(ctx, 'relation.restore', { id: item.id })
  return {
    doc: withEvent({ ...doc, relations: insertPlaced(doc.relations, [input.relation]) }, event),
    inverse: { kind: 'deleteRelation', input: { id: item.id } },
    event,
    value: undefined
  }
}
