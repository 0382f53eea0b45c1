import type { RegistryDoc } from '../../model/documents'
import type { Entity } from '../../model/entity'
import { checkEntity } from './entity-checks'
import type { CommandContext, EntityInput, Outcome, RegistryCommand } from './types'
import { fail, makeEvent } from './util'

/** Adds an entity to the registry (one keystroke from the linking box). */
export function createEntity(
  registry: RegistryDoc,
  input: EntityInput & { id?: string },
  ctx: CommandContext
): Outcome<RegistryDoc, RegistryCommand, Entity> {
  const id = input.id ?? ctx.newId()
  if (registry.entities.some((e) => e.id === id)) fail('entity.alreadyExists', `Entity "${id}" already exists`, { id })
  const entity = checkEntity(registry, {
    id,
    type: input.type,
    name: input.name,
    names: input.names ?? {},
    aliases: input.aliases ?? [],
    identifiers: input.identifiers ?? {},
    description: input.description ?? ''
  })
  const event = makeEvent(ctx, 'entity.create', { id, type: entity.type, name: entity.name })
  return {
    doc: { ...registry, entities: [...registry.entities, entity] },
    inverse: { kind: 'putEntities', input: { put: [], remove: [id] } },
    event,
    value: entity
  }
}
