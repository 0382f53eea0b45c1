import type { Relation } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import { checkRelation, findSameRelation } from './relation-checks'
import type { AddRelationInput, ArticleCommand, ArticleContext, Outcome } from './types'
import { fail, makeEvent, withEvent } from './util'

/** Links two annotations of the article with a relation type from the schema. */
export function addRelation(doc: ArticleDoc, input: AddRelationInput, ctx: ArticleContext): Outcome<ArticleDoc, ArticleCommand, Relation> {
  const relation: Relation = { id: ctx.newId(), type: input.type, from: input.from, to: input.to, note: input.note ?? '', createdAt: ctx.now }
  checkRelation(doc, relation, ctx)
  const same = findSameRelation(doc, relation)
  if (same) fail('relation.duplicate', 'These annotations are already related this way', { id: same.id, type: same.type })
  const event = makeEvent(ctx, 'relation.add', { id: relation.id, type: relation.type, from: relation.from, to: relation.to })
  return {
    doc: withEvent({ ...doc, relations: [...doc.relations, relation] }, event),
    inverse: { kind: 'deleteRelation', input: { id: relation.id } },
    event,
    value: relation
  }
}
