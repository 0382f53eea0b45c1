import type { ArticleDoc } from '../../model/documents'
import type { ArticleCommand, ArticleContext, Outcome, RetypeInput } from './types'
import { makeEvent, withEvent } from './util'
import { requireType } from './validate'

/**
 * Changes the type of many annotations at once: applies a schema rename (`map`, as
 * returned by updateSchema) to one article. The inverse lists each annotation's old type.
 * Types are checked against the context's schema, so pass the schema after the rename.
 */
export function retypeAnnotations(
  doc: ArticleDoc,
  input: RetypeInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, number> {
  const map = input.map ?? {}
  const byAnnotation = input.byAnnotation ?? {}
  for (const type of [...Object.values(map), ...Object.values(byAnnotation)]) requireType(ctx, type)
  const old: Record<string, string> = {}
  const annotations = doc.annotations.map((a) => {
    const next = Object.hasOwn(byAnnotation, a.id) ? byAnnotation[a.id] : Object.hasOwn(map, a.type) ? map[a.type] : undefined
    if (next === undefined || next === a.type) return a
    old[a.id] = a.type
    return { ...a, type: next }
  })
  const ids = Object.keys(old)
  const event = makeEvent(ctx, 'annotation.retype', { ids })
  return {
    doc: withEvent({ ...doc, annotations }, event),
    inverse: { kind: 'retypeAnnotations', input: { byAnnotation: old } },
    event,
    value: ids.length
  }
}
