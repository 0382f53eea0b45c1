import type { Entity, RegistryDoc, TagSchema } from '../model'
import { sameData } from './same-data'

/** Entities of a bundle placed in the archive's registry: what each bundle id becomes. */
export interface EntityMerge {
  /** Bundle entity id → archive entity id (the same id, or the entity with the same Wikidata id). */
  ids: Map<string, string>
  added: Entity[]
  /** Same id in both, different record: the archive's is kept. */
  differing: string[]
}

/** By id first, then by external identifier (Wikidata); otherwise the entity is added. */
export function mergeEntities(registry: RegistryDoc, incoming: readonly Entity[]): EntityMerge {
  const byId = new Map(registry.entities.map((e) => [e.id, e]))
  const byWikidata = new Map(registry.entities.flatMap((e) => (e.identifiers.wikidata ? [[e.identifiers.wikidata, e.id] as const] : [])))
  const result: EntityMerge = { ids: new Map(), added: [], differing: [] }
  for (const entity of incoming) {
    const same = byId.get(entity.id)
    if (same) {
      result.ids.set(entity.id, same.id)
      if (!sameData(same, entity)) result.differing.push(entity.id)
      continue
    }
    const linked = entity.identifiers.wikidata ? byWikidata.get(entity.identifiers.wikidata) : undefined
    if (linked) {
      result.ids.set(entity.id, linked)
      continue
    }
    result.ids.set(entity.id, entity.id)
    result.added.push(entity)
    byId.set(entity.id, entity)
    if (entity.identifiers.wikidata) byWikidata.set(entity.identifiers.wikidata, entity.id)
  }
  return result
}

const FALLBACK_COLOR = '#8a8f98'

/** Tag and relation types the bundle (its schema, or its annotations) uses and the archive lacks. */
export function mergeSchema(
  schema: TagSchema,
  incoming: TagSchema | null,
  usedTypes: Iterable<string>,
  usedRelations: Iterable<string>
): { schema: TagSchema; types: string[]; relationTypes: string[] } {
  const names = new Set(schema.types.map((t) => t.name))
  const shortcuts = new Set(schema.types.flatMap((t) => (t.shortcut ? [t.shortcut] : [])))
  const types = [...schema.types]
  const added: string[] = []
  const candidates = [...(incoming?.types ?? []), ...[...usedTypes].map((name) => ({ name, color: FALLBACK_COLOR, shortcut: null, description: '' }))]
  for (const type of candidates) {
    if (names.has(type.name)) continue
    const shortcut = type.shortcut && !shortcuts.has(type.shortcut) ? type.shortcut : null
    if (shortcut) shortcuts.add(shortcut)
    types.push({ ...type, shortcut })
    names.add(type.name)
    added.push(type.name)
  }
  const relationNames = new Set(schema.relationTypes.map((r) => r.name))
  const relationTypes = [...schema.relationTypes]
  const addedRelations: string[] = []
  for (const relation of [...(incoming?.relationTypes ?? []), ...[...usedRelations].map((name) => ({ name, description: '' }))]) {
    if (relationNames.has(relation.name)) continue
    relationTypes.push(relation)
    relationNames.add(relation.name)
    addedRelations.push(relation.name)
  }
  return { schema: { types, relationTypes }, types: added, relationTypes: addedRelations }
}
