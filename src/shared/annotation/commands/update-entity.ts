import type { RegistryDoc } from '../../model/documents'
import type { Entity } from '../../model/entity'
import { checkEntity, requireEntityIn } from './entity-checks'
import type { CommandContext, Outcome, RegistryCommand, UpdateEntityInput } from './types'
import { makeEvent } from './util'

/** Changes an entity's fields; the inverse puts the old record back. */
export function updateEntity(
  registry: RegistryDoc,
  input: UpdateEntityInput,
  ctx: CommandContext
): Outcome<RegistryDoc, RegistryCommand, Entity> {
  const { entity: old, index } = requireEntityIn(registry, input.id)
  const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
  const next = checkEntity(registry, { ...old, ...patch, id: old.id })
  const event = makeEvent(ctx, 'entity.update', { id: old.id, fields: Object.keys(patch).filter((k) => k !== 'id') })
  return {
    doc: { ...registry, entities: registry.entities.map((e, i) => (i === index ? next : e)) },
    inverse: { kind: 'putEntities', input: { put: [{ item: old, index }], remove: [] } },
    event,
    value: next
  }
}
