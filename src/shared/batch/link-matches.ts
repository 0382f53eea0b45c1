import type { Annotation } from '../model/annotation'
import type { Entity } from '../model/entity'
import { fold } from '../search/fold'

/** A name as compared: folded (case, diacritics, full width), spaces collapsed and trimmed. */
export const linkKey = (text: string): string => fold(text).replace(/ +/g, ' ').trim()

/** Every name an entity goes by, in any language, as compared. */
export function entityKeys(entity: Pick<Entity, 'name' | 'names' | 'aliases'>): Set<string> {
  const keys = [entity.name, ...Object.values(entity.names), ...entity.aliases].map(linkKey)
  return new Set(keys.filter((key) => key.length > 0))
}

/**
 * The annotations a batch "link" would point at the entity: those linked to no entity whose
 * quote is one of its names (any language, case- and width-folded). Orphans count too: their
 * quote is still what the archivist tagged.
 */
export function linkableAnnotations(annotations: readonly Annotation[], keys: ReadonlySet<string>): Annotation[] {
  return annotations.filter((a) => a.entity === null && keys.has(linkKey(a.target.quote.exact)))
}
