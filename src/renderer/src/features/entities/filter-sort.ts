import type { EntitySummary } from '@shared/ipc/annotation-contract'

export type EntitySortKey = 'name' | 'type' | 'mentions'
export interface EntitySort {
  key: EntitySortKey
  direction: 'asc' | 'desc'
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase()

/** Everything a person might type to find an entity: names in every language, aliases, ids. */
function haystack(entity: EntitySummary): string {
  return fold([entity.name, entity.type, ...Object.values(entity.names), ...entity.aliases, ...Object.values(entity.identifiers)].join('\u0000'))
}

/** Entities whose names, aliases, type or identifiers contain every word of the query. */
export function filterEntities(entities: EntitySummary[], query: string): EntitySummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return entities
  return entities.filter((entity) => {
    const text = haystack(entity)
    return words.every((word) => text.includes(word))
  })
}

export function sortEntities(entities: EntitySummary[], sort: EntitySort, locale: string): EntitySummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const sign = sort.direction === 'asc' ? 1 : -1
  const byName = (a: EntitySummary, b: EntitySummary) => collator.compare(a.name, b.name)
  const compare: Record<EntitySortKey, (a: EntitySummary, b: EntitySummary) => number> = {
    name: (a, b) => sign * byName(a, b),
    type: (a, b) => sign * collator.compare(a.type, b.type) || byName(a, b),
    mentions: (a, b) => sign * (a.mentionCount - b.mentionCount) || byName(a, b)
  }
  return [...entities].sort(compare[sort.key])
}

/** The entity's names in languages other than the canonical name, e.g. "胡涛" beside "Hu Tao". */
export function otherNames(entity: Pick<EntitySummary, 'name' | 'names'>): string[] {
  return [...new Set(Object.values(entity.names))].filter((name) => name !== entity.name)
}
