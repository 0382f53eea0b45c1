import type { ArticleDoc } from '../../model/documents'
import type { ArticleCommand, ArticleContext, Outcome, RelinkInput } from './types'
import { makeEvent, withEvent } from './util'
import { requireEntity } from './validate'

/**
 * Points annotations at other entities: after a merge (`map`: old id → surviving id) or
 * when a mention is split off. The inverse lists each touched annotation's old entity.
 */
export function relinkEntities(
  doc: ArticleDoc,
  input: RelinkInput,
  ctx: ArticleContext
): Outcome<ArticleDoc, ArticleCommand, number> {
  const map = input.map ?? {}
  const byAnnotation = input.byAnnotation ?? {}
  for (const target of [...Object.values(map), ...Object.values(byAnnotation)]) requireEntity(ctx, target)
  const old: Record<string, string | null> = {}
  const annotations = doc.annotations.map((a) => {
    const next = Object.hasOwn(byAnnotation, a.id)
      ? byAnnotation[a.id]
      : a.entity !== null && Object.hasOwn(map, a.entity)
        ? map[a.entity]
        : undefined
    if (next === undefined || next === a.entity) return a
    old[a.id] = a.entity
    return { ...a, entity: next }
  })
  const ids = Object.keys(old)
  const event = makeEvent(ctx, 'annotation.relink', { ids })
  return {
    doc: withEvent({ ...doc, annotations }, event),
    inverse: { kind: 'relinkEntities', input: { byAnnotation: old } },
    event,
    value: ids.length
  }
}
