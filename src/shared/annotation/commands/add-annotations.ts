import type { Annotation } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import { buildAnnotation, findSame } from './add-annotation'
import type { AddAnnotationsInput, ArticleCommand, ArticleContext, Outcome } from './types'
import { makeEvent, withEvent } from './util'

export interface AddAnnotationsResult {
  created: Annotation[]
  /** Items skipped because the same type already covered the same range. */
  skipped: number
}

/**
 * Adds many annotations as one undo step ("tag all occurrences", accepting suggestions).
 * All or nothing: one invalid item refuses the batch; duplicates (of existing annotations
 * or within the batch) are skipped and counted instead.
 */
export function addAnnotations(
  doc: ArticleDoc,
  input: AddAnnotationsInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, AddAnnotationsResult> {
  const all = [...doc.annotations]
  const created: Annotation[] = []
  for (const item of input.items) {
    const annotation = buildAnnotation(doc, item, ctx)
    if (findSame(all, annotation)) continue
    all.push(annotation)
    created.push(annotation)
  }
  const skipped = input.items.length - created.length
  if (created.length === 0) {
    // Everything was tagged already: the article stays as it is, with nothing to undo.
    const event = makeEvent(ctx, 'annotation.addMany', { ids: [], skipped })
    return { doc, inverse: { kind: 'deleteAnnotations', input: { ids: [] } }, event, value: { created, skipped }, unchanged: true }
  }
  const ids = created.map((a) => a.id)
  const event = makeEvent(ctx, 'annotation.addMany', { ids, skipped })
  return {
    doc: withEvent({ ...doc, annotations: all }, event),
    inverse: { kind: 'deleteAnnotations', input: { ids } },
    event,
    value: { created, skipped }
  }
}
