import type { RegistryDoc } from '../../model/documents'
import type { Entity } from '../../model/entity'
import type { CommandContext, Outcome, Placed, PutEntitiesInput, RegistryCommand } from './types'
import { insertPlaced, makeEvent, removeWhere } from './util'

/**
 * The low-level registry edit every registry inverse is made of: replace entities in place
 * (same id) or insert them at an index, and remove others. Its own inverse is computed the
 * same way, so undo and redo can alternate forever.
 */
export function putEntities(
  registry: RegistryDoc,
  input: PutEntitiesInput,
  ctx: CommandContext
): Outcome<RegistryDoc, RegistryCommand, undefined> {
  const byId = new Map(input.put.map((p) => [p.item.id, p]))
  const replaced: Placed<Entity>[] = []
  const inserted: Placed<Entity>[] = []
  let entities = registry.entities.map((e, index) => {
    const next = byId.get(e.id)
    if (!next) return e
    replaced.push({ item: e, index })
    byId.delete(e.id)
    return next.item
  })
  inserted.push(...byId.values())
  const removal = removeWhere(entities, (e) => input.remove.includes(e.id))
  entities = insertPlaced(removal.kept, inserted)
  const event = makeEvent(ctx, 'entity.put', { put: input.put.map((p) => p.item.id), remove: input.remove })
  return {
    doc: { ...registry, entities },
    inverse: {
      kind: 'putEntities',
      input: { put: [...replaced, ...removal.removed], remove: inserted.map((p) => p.item.id) }
    },
    event,
    value: undefined
  }
}
