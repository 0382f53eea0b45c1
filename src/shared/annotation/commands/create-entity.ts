import type { RegistryDoc } from '../../model/documents'
import type { Entity } from '../../model/entity'
import { checkEntity } from './entity-checks'
import type { CommandContext, EntityInput, Outcome, RegistryCommand } from './types'
import { fail, makeEvent } from './util'

const folded = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase()

/** Fails when the registry holds an entity of the same type and name (case and spacing aside) or with the same Wikidata id. */
function refuseDuplicate(registry: RegistryDoc, entity: Entity): void {
  const twin = registry.entities.find(
    (e) =>
      (e.type === entity.type && folded(e.name) === folded(entity.name)) ||
      (entity.identifiers.wikidata !== undefined && e.identifiers.wikidata === entity.identifiers.wikidata)
  )
  if (twin) fail('entity.duplicate', `Entity "${twin.id}" (${twin.name}) is already registered`, { id: twin.id, name: twin.name }, 'name')
}

/** Adds an entity to the registry (one keystroke from the linking box). */
export function createEntity(
  registry: RegistryDoc,
  input: EntityInput & { id?: string; unique?: boolean },
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
  if (input.unique) refuseDuplicate(registry, entity)
  const event = makeEvent(ctx, 'entity.create', { id, type: entity.type, name: entity.name })
  return {
    doc: { ...registry, entities: [...registry.entities, entity] },
    inverse: { kind: 'putEntities', input: { put: [], remove: [id] } },
    event,
    value: entity
  }
}
