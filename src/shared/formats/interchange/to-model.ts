import { asCodePoint, buildSelectors } from '../../anchoring'
import type { Annotation, Entity, Relation, RelationType, TagSchema, TagType } from '../../model'
import type { ImportedReference, ImportedRelation, ImportedSpan } from './imported'
import { entityForIri } from './iris'

export interface ModelContext {
  newId: (prefix: 'n' | 'r') => string
  /** ISO timestamp of the import. */
  now: string
  actor: string
  entities: readonly Entity[]
}

/** The registry entity a reference names (Wikidata id, our id, an IRI), or null. */
export function resolveReference(reference: ImportedReference, entities: readonly Entity[]): Entity | null {
  if (reference.db === 'wikidata') return entities.find((e) => e.identifiers.wikidata === reference.id) ?? null
  if (reference.db === 'scriptorium') return entities.find((e) => e.id === reference.id) ?? null
  if (reference.db === 'iri') return entityForIri(reference.id, entities)
  return null
}

/** A reference no entity answers to, kept visible in the note rather than lost. */
function referenceNote(reference: ImportedReference): string {
  const id = reference.db === 'iri' ? reference.id : `${reference.db}:${reference.id}`
  return reference.name === '' ? `[${id}]` : `[${id} ${reference.name}]`
}

/**
 * Imported mentions of one text version as our annotations (selectors built from the text)
 * and their relations as ours. An entity reference links the mention to the registry entity
 * it names; one that names none is kept in the note.
 */
export function toModel(versionId: string, text: string, spans: readonly ImportedSpan[], links: readonly ImportedRelation[], ctx: ModelContext): { annotations: Annotation[]; relations: Relation[] } {
  const ids = new Map<string, string>()
  const annotations = spans.map((span): Annotation => {
    const selectors = buildSelectors(text, asCodePoint(span.start), asCodePoint(span.end))
    const entity = span.reference ? resolveReference(span.reference, ctx.entities) : null
    const unresolved = span.reference && !entity ? referenceNote(span.reference) : ''
    const id = ctx.newId('n')
    ids.set(span.key, id)
    return {
      id,
      type: span.type,
      target: { source: versionId, position: selectors.position, quote: selectors.quote },
      entity: entity?.id ?? null,
      note: [span.note, unresolved].filter((n) => n !== '').join('\n'),
      attributes: span.attributes,
      orphan: false,
      createdAt: ctx.now,
      createdBy: ctx.actor,
      modifiedAt: ctx.now
    }
  })
  const relations = links.flatMap((link): Relation[] => {
    const from = ids.get(link.from)
    const to = ids.get(link.to)
    return from && to ? [{ id: ctx.newId('r'), type: link.type, from, to, note: link.note, createdAt: ctx.now }] : []
  })
  return { annotations, relations }
}

/** Colours for types another tool brought, taken in turn. */
const PALETTE = ['#c0504d', '#4f81bd', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#2c9c8f', '#b65a9a', '#7f7f3f', '#5a6fb6']

/**
 * The schema with every type and relation type the imported annotations use added (no
 * shortcut, a colour from the palette), or null when it has them all already.
 */
export function schemaWith(schema: TagSchema, types: Iterable<string>, relationTypes: Iterable<string>): TagSchema | null {
  const known = new Set(schema.types.map((t) => t.name))
  const knownRelations = new Set(schema.relationTypes.map((t) => t.name))
  const added: TagType[] = []
  for (const name of new Set(types)) {
    if (known.has(name)) continue
    added.push({ name, color: PALETTE[(schema.types.length + added.length) % PALETTE.length]!, shortcut: null, description: '' })
  }
  const addedRelations: RelationType[] = [...new Set(relationTypes)].filter((name) => !knownRelations.has(name)).map((name) => ({ name, description: '' }))
  if (added.length === 0 && addedRelations.length === 0) return null
  return { types: [...schema.types, ...added], relationTypes: [...schema.relationTypes, ...addedRelations] }
}
