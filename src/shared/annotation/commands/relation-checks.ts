import type { Relation } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import type { ArticleContext } from './types'
import { fail, NOTE_MAX } from './util'

/** Both ends exist, differ, and the type is one of the schema's relation types. */
export function checkRelation(doc: ArticleDoc, relation: Pick<Relation, 'type' | 'from' | 'to' | 'note'>, ctx: ArticleContext): void {
  for (const [field, id] of [['from', relation.from], ['to', relation.to]] as const) {
    if (!doc.annotations.some((a) => a.id === id)) {
      fail('relation.unknownAnnotation', `No annotation "${id}" in this article`, { id }, field)
    }
  }
  if (relation.from === relation.to) fail('relation.selfLoop', 'A relation needs two different annotations', {}, 'to')
  if (!ctx.schema.relationTypes.some((t) => t.name === relation.type)) {
    fail('relation.unknownType', `"${relation.type}" is not a relation type of the schema`, { type: relation.type }, 'type')
  }
  if (relation.note.length > NOTE_MAX) fail('relation.noteTooLong', `A note may hold at most ${NOTE_MAX} characters`, { max: NOTE_MAX }, 'note')
}

export function requireRelation(doc: ArticleDoc, id: string): Relation {
  const found = doc.relations.find((r) => r.id === id)
  if (!found) fail('relation.notFound', `No relation "${id}" in this article`, { id }, 'id')
  return found
}

/** Another relation of the same type between the same two annotations. */
export function findSameRelation(doc: ArticleDoc, r: Pick<Relation, 'type' | 'from' | 'to'>, except?: string): Relation | undefined {
  return doc.relations.find((o) => o.id !== except && o.type === r.type && o.from === r.from && o.to === r.to)
}
