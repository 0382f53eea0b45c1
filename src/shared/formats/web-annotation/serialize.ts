import type { Annotation, Entity, Relation } from '../../model'
import { annotationIri, articleIri, entityIri, relationIri, versionIri } from '../interchange/iris'
import type { FormatFile, FormatInput } from '../interchange/types'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

type Json = Record<string, unknown>

/** The bodies of one annotation: its type (tagging), its entity (identifying), its note and flags. */
function bodies(annotation: Annotation, entity: Entity | undefined): Json[] {
  const out: Json[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.type }]
  if (entity) out.push({ type: 'SpecificResource', purpose: 'identifying', source: entityIri(entity) })
  if (annotation.note !== '') out.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note })
  for (const flag of ['negated', 'uncertain'] as const) {
    if (annotation.attributes[flag]) out.push({ type: 'TextualBody', purpose: 'classifying', value: flag })
  }
  return out
}

function annotationJson(articleId: string, annotation: Annotation, entity: Entity | undefined): Json {
  const { quote, position } = annotation.target
  const quoteSelector = { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }
  // An orphan's position no longer covers its quote; only the quote is worth giving.
  const selector = annotation.orphan
    ? quoteSelector
    : [quoteSelector, { type: 'TextPositionSelector', start: position.start, end: position.end }]
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.entity === null ? 'tagging' : 'identifying',
    created: annotation.createdAt,
    modified: annotation.modifiedAt,
    creator: { type: 'Person', name: annotation.createdBy },
    body: bodies(annotation, entity),
    target: { source: versionIri(articleId, annotation.target.source), selector }
  }
}

/** A relation as a linking annotation: the target is the first mention, the body the second. */
function relationJson(relation: Relation): Json {
  const body: unknown[] = [
    { type: 'TextualBody', purpose: 'tagging', value: relation.type },
    { type: 'SpecificResource', purpose: 'linking', source: annotationIri(relation.to) }
  ]
  if (relation.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: relation.note })
  return {
    '@context': ANNO_CONTEXT,
    id: relationIri(relation.id),
    type: 'Annotation',
    motivation: 'linking',
    created: relation.createdAt,
    body,
    target: annotationIri(relation.from)
  }
}

/**
 * `annotations.jsonld`: one AnnotationCollection per article with one embedded
 * AnnotationPage holding every annotation (TextQuote + TextPosition selectors, offsets in
 * code points, on the IRI of the text version) and every relation (a `linking` annotation
 * from one mention to the other). Entities are named by their Wikidata IRI when they have one.
 */
export function webAnnotationFiles(input: FormatInput): FormatFile[] {
  const { doc } = input
  const id = doc.article.id
  const entities = new Map(input.entities.map((e) => [e.id, e]))
  const known = new Set(doc.annotations.map((a) => a.id))
  const items = [
    ...doc.annotations.map((a) => annotationJson(id, a, a.entity === null ? undefined : entities.get(a.entity))),
    ...doc.relations.filter((r) => known.has(r.from) && known.has(r.to)).map(relationJson)
  ]
  const collectionId = `${articleIri(id)}:annotations`
  // partOf as the collection's description (id, label, total), as the model's example gives it.
  const page = {
    '@context': ANNO_CONTEXT,
    id: `${collectionId}:page:1`,
    type: 'AnnotationPage',
    partOf: { id: collectionId, label: doc.article.title, total: items.length },
    startIndex: 0,
    items
  }
  const collection = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: doc.article.title,
    total: items.length,
    ...(items.length > 0 ? { first: page, last: page.id } : {})
  }
  return [{ path: 'annotations.jsonld', text: `${JSON.stringify(collection, null, 2)}\n` }]
}
