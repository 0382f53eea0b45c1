import type { Annotation } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import type { ArticleCommand, ArticleContext, Outcome, UpdateAnnotationInput } from './types'
import { fail, makeEvent, withEvent } from './util'
import { requireAnnotation, requireEntity, requireNote, requireType } from './validate'

const FIELDS = ['type', 'note', 'entity', 'attributes'] as const

/**
 * Changes type, note, entity and/or attributes. The inverse carries the old values and the
 * old `modifiedAt`. A change of the note alone gets a merge key, so that typing a note
 * becomes one undo step rather than one per keystroke.
 */
export function updateAnnotation(
  doc: ArticleDoc,
  input: UpdateAnnotationInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, Annotation> {
  const old = requireAnnotation(doc, input.id)
  if (input.type !== undefined) requireType(ctx, input.type)
  requireEntity(ctx, input.entity)
  requireNote(input.note)
  const changed = FIELDS.filter((f) => input[f] !== undefined)
  if (changed.length === 0) fail('annotation.nothingToUpdate', 'Nothing to change', { id: input.id })
  const next: Annotation = { ...old, modifiedAt: input.modifiedAt ?? ctx.now }
  const undo: UpdateAnnotationInput = { id: old.id, modifiedAt: old.modifiedAt }
  for (const field of changed) {
    Object.assign(next, { [field]: input[field] })
    Object.assign(undo, { [field]: old[field] })
  }
  const event = makeEvent(ctx, 'annotation.update', { id: old.id, fields: changed })
  return {
    doc: withEvent({ ...doc, annotations: doc.annotations.map((a) => (a.id === old.id ? next : a)) }, event),
    inverse: { kind: 'updateAnnotation', input: undo },
    event,
    value: next,
    mergeKey: changed.length === 1 && changed[0] === 'note' ? `note:${old.id}` : undefined
  }
}
