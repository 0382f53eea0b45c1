import { Entity } from '../../model/entity'
import type { RegistryDoc } from '../../model/documents'
import { fail } from './util'

const NAME_MAX = 500

/**
 * Validates an entity against the registry's schema with one code per mistake a person can
 * make (an empty or 10,000-character name, an unknown type…), then against the model's zod
 * schema as a last guard, so nothing malformed is ever stored.
 */
export function checkEntity(registry: RegistryDoc, entity: Entity): Entity {
  const name = entity.name.trim()
  if (name.length === 0) fail('entity.emptyName', 'An entity needs a name', {}, 'name')
  if (name.length > NAME_MAX) {
    fail('entity.nameTooLong', `A name may hold at most ${NAME_MAX} characters`, { max: NAME_MAX, length: name.length }, 'name')
  }
  if (!registry.schema.types.some((t) => t.name === entity.type)) {
    fail('entity.unknownType', `"${entity.type}" is not a type of the tag schema`, { type: entity.type }, 'type')
  }
  for (const alias of [...entity.aliases, ...Object.values(entity.names)]) {
    if (alias.length > NAME_MAX) fail('entity.nameTooLong', `A name may hold at most ${NAME_MAX} characters`, { max: NAME_MAX, length: alias.length }, 'aliases')
  }
  if (entity.aliases.length > 200) fail('entity.tooManyAliases', 'An entity may have at most 200 aliases', { max: 200 }, 'aliases')
  const parsed = Entity.safeParse({ ...entity, name })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue ? issue.path.map(String).join('.') : ''
    fail('entity.invalid', `Invalid entity: ${issue?.message ?? 'unknown error'}`, { field }, field)
  }
  return parsed.data
}

export function requireEntityIn(registry: RegistryDoc, id: string): { entity: Entity; index: number } {
  const index = registry.entities.findIndex((e) => e.id === id)
  const entity = registry.entities[index]
  if (!entity) fail('entity.notFound', `No entity "${id}" in the registry`, { id }, 'id')
  return { entity, index }
}
