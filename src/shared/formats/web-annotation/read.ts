import type { AnnotationAttributes } from '../../model'
import { ImportFailure } from '../failure'
import type { ImportedReference } from '../interchange/imported'
import { tagTypeName } from '../interchange/tag-names'

/** One annotation as another tool wrote it, before it is anchored in an article's text. */
export interface ForeignAnnotation {
  /** Its IRI when it has one, for relations; else a running key. */
  key: string
  /** The IRI of the document it was made on, when given. */
  source: string | null
  exact: string
  prefix: string
  suffix: string
  /** TextPositionSelector, code points, when given: a hint, the quote decides. */
  position: { start: number; end: number } | null
  type: string
  note: string
  attributes: AnnotationAttributes
  reference: ImportedReference | null
}

export interface ForeignLink {
  type: string
  from: string
  to: string
  note: string
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value])
const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const hasType = (item: Json, type: string): boolean => asArray(item.type ?? item['@type']).includes(type)

/** Annotations wherever the common shapes put them: a collection and its pages, a page, a list, Hypothesis' `rows`. */
function collect(node: unknown, out: Json[], depth = 0): void {
  if (depth > 8) return
  if (Array.isArray(node)) return node.forEach((item) => collect(item, out, depth + 1))
  if (!isObject(node)) return
  if (hasType(node, 'Annotation') || 'target' in node) {
    out.push(node)
    return
  }
  for (const key of ['first', 'items', 'next', 'rows', '@graph', 'annotations']) if (key in node) collect(node[key], out, depth + 1)
}

function selectorsOf(target: Json): Json[] {
  return asArray(target.selector).filter(isObject).flatMap((s) => [s, ...asArray(s.refinedBy).filter(isObject)])
}

/** The first target with a TextQuoteSelector, with its position selector and source. */
function quoteTarget(annotation: Json): { source: string | null; quote: Json; position: Json | undefined } | null {
  for (const target of asArray(annotation.target)) {
    if (!isObject(target)) continue
    const selectors = selectorsOf(target)
    const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector') && typeof s.exact === 'string' && s.exact !== '')
    if (!quote) continue
    const position = selectors.find((s) => hasType(s, 'TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end))
    return { source: text(target.source) || text(target.id) || null, quote, position }
  }
  return null
}

const FLAGS = new Set(['negated', 'uncertain'])

function readBodies(annotation: Json): Pick<ForeignAnnotation, 'type' | 'note' | 'attributes' | 'reference'> {
  const tags: string[] = []
  const classes: string[] = []
  const notes: string[] = []
  const attributes: AnnotationAttributes = {}
  let reference: ImportedReference | null = null
  for (const body of asArray(annotation.body)) {
    if (typeof body === 'string') continue
    if (!isObject(body)) continue
    const purpose = text(body.purpose)
    const value = text(body.value) || text(body.chars)
    const source = text(body.source) || (hasType(body, 'TextualBody') ? '' : text(body.id))
    if (purpose === 'tagging' && value) tags.push(value)
    else if (purpose === 'classifying' && FLAGS.has(value)) attributes[value as 'negated' | 'uncertain'] = true
    else if (purpose === 'classifying' && value) classes.push(value)
    else if ((purpose === 'identifying' || purpose === 'classifying') && source) reference = { db: 'iri', id: source, name: text(body.label) }
    else if ((purpose === 'commenting' || purpose === 'describing' || purpose === '') && value) notes.push(value)
  }
  // Hypothesis' own JSON: tags and text beside the W3C shape.
  for (const tag of asArray(annotation.tags)) if (typeof tag === 'string') tags.push(tag)
  if (text(annotation.text)) notes.push(text(annotation.text))
  if (text(annotation.bodyValue)) notes.push(text(annotation.bodyValue))
  const type = [...classes, ...tags].map(tagTypeName).find((name) => name !== null) ?? 'MISC'
  return { type, note: notes.join('\n'), attributes, reference }
}

/** A linking annotation between two annotations by IRI: ours, or any with a tagging body and a linked target. */
function readLink(annotation: Json): ForeignLink | null {
  if (!asArray(annotation.motivation).includes('linking')) return null
  const from = asArray(annotation.target).map((t) => (typeof t === 'string' ? t : isObject(t) ? text(t.id) || text(t.source) : ''))[0]
  const bodies = asArray(annotation.body).filter(isObject)
  const to = bodies.map((b) => (b.purpose === 'linking' ? text(b.source) || text(b.id) : '')).find((iri) => iri !== '')
  const type = bodies.map((b) => (b.purpose === 'tagging' ? text(b.value) : '')).find((v) => v !== '') ?? 'related-to'
  const note = bodies.map((b) => (b.purpose === 'commenting' ? text(b.value) : '')).find((v) => v !== '') ?? ''
  return from && to ? { type, from, to, note } : null
}

/**
 * Web Annotation JSON-LD as Hypothesis and Recogito export it (and as we write it): each
 * annotation with a TextQuoteSelector (and, if given, a TextPositionSelector) becomes a
 * ForeignAnnotation; its type is its first classifying or tagging body (Hypothesis: its first
 * tag), its note the commenting bodies, its entity an identifying body's IRI. Linking
 * annotations between two of them become links. Annotations without a text quote are skipped.
 */
export function readWebAnnotations(input: string): { annotations: ForeignAnnotation[]; links: ForeignLink[] } {
  let data: unknown
  try {
    data = JSON.parse(input.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ImportFailure('import.jsonLdInvalid', { detail: (error as Error).message })
  }
  if (!isObject(data) && !Array.isArray(data)) throw new ImportFailure('import.jsonLdInvalid', { detail: typeof data })
  const found: Json[] = []
  collect(data, found)
  const annotations: ForeignAnnotation[] = []
  const links: ForeignLink[] = []
  found.forEach((annotation, i) => {
    const link = readLink(annotation)
    if (link) return links.push(link)
    const target = quoteTarget(annotation)
    if (!target) return
    const { quote, position } = target
    annotations.push({
      key: text(annotation.id) || text(annotation['@id']) || `#${i + 1}`,
      source: target.source,
      exact: text(quote.exact),
      prefix: text(quote.prefix),
      suffix: text(quote.suffix),
      position: position ? { start: position.start as number, end: position.end as number } : null,
      ...readBodies(annotation)
    })
  })
  if (annotations.length === 0) throw new ImportFailure('import.jsonLdNoAnnotations')
  return { annotations, links }
}
