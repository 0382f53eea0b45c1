import { fold } from '@shared/search'

/** What search needs of a registry entity. */
export interface NamedEntity {
  id: string
  name: string
  names: Record<string, string>
  aliases: string[]
}

/** Every name of an entity: canonical, per language, aliases; each once. */
export const namesOf = (entity: NamedEntity): string[] => [...new Set([entity.name, ...Object.values(entity.names), ...entity.aliases])]

/**
 * The registry's names for search: the names each entity is indexed under, its display name,
 * and which entities an `entity:` value (a folded name in any language, or an id) means.
 */
export class EntityNameTable {
  private readonly names = new Map<string, string[]>()
  private readonly labels = new Map<string, string>()
  private readonly byName = new Map<string, Set<string>>()

  constructor(entities: readonly NamedEntity[] = []) {
    for (const entity of entities) {
      const names = namesOf(entity)
      this.names.set(entity.id, names)
      this.labels.set(entity.id, entity.name)
      for (const key of [entity.id, ...names.map((name) => fold(name).trim())]) {
        let ids = this.byName.get(key)
        if (!ids) this.byName.set(key, (ids = new Set()))
        ids.add(entity.id)
      }
    }
  }

  namesOf(id: string): readonly string[] {
    return this.names.get(id) ?? []
  }

  label(id: string): string {
    return this.labels.get(id) ?? id
  }

  idsNamed(value: string): ReadonlySet<string> {
    return this.byName.get(value) ?? EMPTY
  }

  /** Entities whose names differ between this table and `other` (added, removed or renamed). */
  changedSince(other: EntityNameTable): Set<string> {
    const changed = new Set<string>()
    for (const [id, names] of this.names) if (other.names.get(id)?.join('\n') !== names.join('\n')) changed.add(id)
    for (const id of other.names.keys()) if (!this.names.has(id)) changed.add(id)
    return changed
  }
}

const EMPTY: ReadonlySet<string> = new Set()
