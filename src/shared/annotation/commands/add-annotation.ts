import type { Annotation } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import { asCodePoint, codePointLength, sliceCodePoints } from '../../anchoring/code-points'
import { buildSelectors } from '../../anchoring/selectors'
import type { AddAnnotationInput, ArticleCommand, ArticleContext, Outcome } from './types'
import { fail, makeEvent, withEvent } from './util'
import { PARAGRAPH_BREAK, requireEntity, requireNote, requireType, requireVersion } from './validate'

/** The annotation of `doc` with the same source, type and range, if any (orphans excepted). */
export function findSame(annotations: readonly Annotation[], candidate: Annotation): Annotation | undefined {
  const { source, position } = candidate.target
  return annotations.find(
    (a) =>
      !a.orphan &&
      a.type === candidate.type &&
      a.target.source === source &&
      a.target.position.start === position.start &&
      a.target.position.end === position.end
  )
}

/**
 * Validates the input and builds the annotation, without adding it. Whitespace at either
 * edge of the selection is dropped (a double-click often takes the following space), and
 * a selection of whitespace only counts as empty.
 */
export function buildAnnotation(doc: ArticleDoc, input: AddAnnotationInput, ctx: ArticleContext): Annotation {
  const version = requireVersion(doc, input.source)
  const text = version.text
  const length = codePointLength(text)
  if (!Number.isInteger(input.start) || !Number.isInteger(input.end) || input.start < 0 || input.end < input.start) {
    fail('annotation.invalidRange', `Invalid range ${input.start}–${input.end}`, { start: input.start, end: input.end }, 'start')
  }
  if (input.end > length) {
    fail('annotation.outOfRange', `The range ends at ${input.end}, past the end of the text (${length})`, { end: input.end, length }, 'end')
  }
  const raw = sliceCodePoints(text, asCodePoint(input.start), asCodePoint(input.end))
  const trimmed = raw.trim()
  if (trimmed.length === 0) fail('annotation.emptySelection', 'The selection is empty', {}, 'start')
  if (PARAGRAPH_BREAK.test(trimmed)) {
    fail('annotation.crossesParagraph', 'A selection may not cross a paragraph break', {}, 'end')
  }
  requireType(ctx, input.type)
  requireEntity(ctx, input.entity)
  requireNote(input.note)
  const start = input.start + codePointLength(raw.slice(0, raw.length - raw.trimStart().length))
  const end = start + codePointLength(trimmed)
  const { position, quote } = buildSelectors(text, asCodePoint(start), asCodePoint(end))
  return {
    id: ctx.newId(),
    type: input.type,
    target: { source: version.id, position, quote },
    entity: input.entity ?? null,
    note: input.note ?? '',
    attributes: input.attributes ?? {},
    orphan: false,
    createdAt: ctx.now,
    createdBy: ctx.actor,
    modifiedAt: ctx.now
  }
}

/** Adds one annotation; the same type on the same range twice is refused, not duplicated. */
export function addAnnotation(
  doc: ArticleDoc,
  input: AddAnnotationInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, Annotation> {
  const annotation = buildAnnotation(doc, input, ctx)
  const same = findSame(doc.annotations, annotation)
  if (same) {
    fail('annotation.duplicate', `This range is already tagged ${same.type}`, { id: same.id, type: same.type }, 'start')
  }
  const { start, end } = annotation.target.position
  const event = makeEvent(ctx, 'annotation.add', { id: annotation.id, type: annotation.type, start, end })
  return {
    doc: withEvent({ ...doc, annotations: [...doc.annotations, annotation] }, event),
    inverse: { kind: 'deleteAnnotations', input: { ids: [annotation.id] } },
    event,
    value: annotation
  }
}
