import type { Relation } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import { checkRelation, findSameRelation, requireRelation } from './relation-checks'
import type { ArticleCommand, ArticleContext, Outcome, UpdateRelationInput } from './types'
import { fail, makeEvent, withEvent } from './util'

const FIELDS = ['type', 'from', 'to', 'note'] as const

/** Changes a relation's type, ends or note; the inverse carries the old values. */
export function updateRelation(
  doc: ArticleDoc,
  input: UpdateRelationInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, Relation> {
  const old = requireRelation(doc, input.id)
  const changed = FIELDS.filter((f) => input[f] !== undefined)
  if (changed.length === 0) fail('relation.nothingToUpdate', 'Nothing to change', { id: input.id })
  const next: Relation = { ...old }
  const undo: UpdateRelationInput = { id: old.id }
  for (const field of changed) {
    Object.assign(next, { [field]: input[field] })
    Object.assign(undo, { [field]: old[field] })
  }
  checkRelation(doc, next, ctx)
  const same = findSameRelation(doc, next, old.id)
  if (same) fail('relation.duplicate', 'These annotations are already related this way', { id: same.id, type: same.type })
  const event = makeEvent(ctx, 'relation.update', { id: old.id, fields: changed })
  return {
    doc: withEvent({ ...doc, relations: doc.relations.map((r) => (r.id === old.id ? next : r)) }, event),
    inverse: { kind: 'updateRelation', input: undo },
    event,
    value: next,
    mergeKey: changed.length === 1 && changed[0] === 'note' ? `relation-note:${old.id}` : undefined
  }
}
