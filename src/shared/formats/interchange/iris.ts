import type { Entity } from '../../model'

/**
 * IRIs for what has no web address of its own. `urn:scriptorium:` names our ids in the
 * exported formats (Web Annotation, TEI), so a reader can tell them apart and find them in
 * `article.json`; an entity with a Wikidata id is named by its Wikidata IRI instead.
 */
export const articleIri = (articleId: string): string => `urn:scriptorium:article:${articleId}`
export const versionIri = (articleId: string, versionId: string): string => `urn:scriptorium:article:${articleId}:version:${versionId}`
export const annotationIri = (annotationId: string): string => `urn:scriptorium:annotation:${annotationId}`
export const relationIri = (relationId: string): string => `urn:scriptorium:relation:${relationId}`
export const entityUrn = (entityId: string): string => `urn:scriptorium:entity:${entityId}`

export const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/'

/** The IRI that identifies an entity: Wikidata's when it has one, else ours. */
export function entityIri(entity: Entity): string {
  return entity.identifiers.wikidata ? `${WIKIDATA_ENTITY}${entity.identifiers.wikidata}` : entityUrn(entity.id)
}

/**
 * The registry entity an IRI names: ours (urn:scriptorium:entity:<id>) or one whose Wikidata
 * id the IRI carries (http(s)://www.wikidata.org/entity/Q1 or /wiki/Q1). Null when none does.
 */
export function entityForIri(iri: string, entities: readonly Entity[]): Entity | null {
  const ours = /^urn:scriptorium:entity:([A-Za-z0-9_-]+)$/.exec(iri)
  if (ours) return entities.find((e) => e.id === ours[1]) ?? null
  const wikidata = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q[0-9]{1,12})$/.exec(iri)
  if (wikidata) return entities.find((e) => e.identifiers.wikidata === wikidata[1]) ?? null
  return null
}
