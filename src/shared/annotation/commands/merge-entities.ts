import type { RegistryDoc } from '../../model/documents'
import type { Entity } from '../../model/entity'
import { checkEntity, requireEntityIn } from './entity-checks'
import type { CommandContext, MergeEntitiesInput, Outcome, RegistryCommand } from './types'
import { fail, makeEvent } from './util'

export interface MergeResult {
  entity: Entity
  /** Entity ids to relink in every article (old → surviving): pass to relinkEntities. */
  relink: Record<string, string>
}

/**
 * Merges `from` into `into`: every name of `from` survives on `into` — its canonical
 * name and aliases become aliases, its per-language names fill languages `into` lacks
 * (a conflicting one becomes an alias), and missing identifiers and description are
 * copied. `from` is removed. Annotations live in article shards, so the caller relinks
 * them with the returned map; the registry inverse restores both records.
 */
export function mergeEntities(
  registry: RegistryDoc,
  input: MergeEntitiesInput,
  ctx: CommandContext
): Outcome<RegistryDoc, RegistryCommand, MergeResult> {
  if (input.from === input.into) fail('entity.mergeSelf', 'An entity cannot be merged into itself', { id: input.from })
  const source = requireEntityIn(registry, input.from)
  const target = requireEntityIn(registry, input.into)
  const a = source.entity
  const b = target.entity
  const names = { ...b.names }
  const extra: string[] = [a.name, ...a.aliases]
  for (const [lang, name] of Object.entries(a.names)) {
    if (names[lang] === undefined) names[lang] = name
    else extra.push(name)
  }
  const taken = new Set([b.name, ...Object.values(names)])
  const aliases: string[] = []
  for (const alias of [...b.aliases, ...extra]) {
    if (!taken.has(alias)) aliases.push(alias)
    taken.add(alias)
  }
  const merged = checkEntity(registry, {
    ...b,
    names,
    aliases,
    identifiers: { ...a.identifiers, ...b.identifiers },
    description: b.description || a.description
  })
  const entities = registry.entities.filter((e) => e.id !== a.id).map((e) => (e.id === b.id ? merged : e))
  const event = makeEvent(ctx, 'entity.merge', { from: a.id, into: b.id })
  return {
    doc: { ...registry, entities },
    inverse: {
      kind: 'putEntities',
      input: { put: [{ item: b, index: target.index }, { item: a, index: source.index }], remove: [] }
    },
    event,
    value: { entity: merged, relink: { [a.id]: b.id } }
  }
}
