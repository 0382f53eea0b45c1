import type { Annotation } from '../../model'
import { xmlAttr, xmlText } from './xml-text'

/** TEI's elements for our default types; any other type is `<name type="…">`. */
const ELEMENTS: Record<string, string> = { PERSON: 'persName', ORG: 'orgName', PLACE: 'placeName', DATE: 'date' }

export const teiId = (annotationId: string): string => `a-${annotationId}`
export const teiEntityId = (entityId: string): string => `ent-${entityId}`

function openTag(annotation: Annotation): string {
  const element = ELEMENTS[annotation.type]
  const attributes = [
    `xml:id="${teiId(annotation.id)}"`,
    element ? '' : `type="${xmlAttr(annotation.type.toLowerCase())}"`,
    annotation.entity === null ? '' : `ref="#${teiEntityId(annotation.entity)}"`,
    annotation.attributes.uncertain ? 'cert="low"' : '',
    annotation.attributes.negated ? 'ana="#negated"' : ''
  ].filter((a) => a !== '')
  return `<${element ?? 'name'} ${attributes.join(' ')}>`
}

const closeTag = (annotation: Annotation): string => `</${ELEMENTS[annotation.type] ?? 'name'}>`

interface Node {
  annotation: Annotation
  children: Node[]
}

const startOf = (a: Annotation): number => a.target.position.start
const endOf = (a: Annotation): number => a.target.position.end

/**
 * Splits the mentions of one paragraph [from, to) into a nesting tree (inline markup) and the
 * rest: XML elements cannot cross, so of two crossing mentions the one starting first (the
 * longer at a tie) stays inline and the other goes to standOff. Nested mentions stay inline.
 */
export function nestMentions(mentions: readonly Annotation[], from: number, to: number): { roots: Node[]; crossing: Annotation[] } {
  const sorted = mentions
    .filter((a) => startOf(a) >= from && endOf(a) <= to && endOf(a) > startOf(a))
    .sort((a, b) => startOf(a) - startOf(b) || endOf(b) - endOf(a))
  const roots: Node[] = []
  const crossing: Annotation[] = []
  const stack: Node[] = []
  for (const annotation of sorted) {
    while (stack.length > 0 && endOf(stack[stack.length - 1]!.annotation) <= startOf(annotation)) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent && endOf(annotation) > endOf(parent.annotation)) {
      crossing.push(annotation)
      continue
    }
    const node = { annotation, children: [] }
    ;(parent ? parent.children : roots).push(node)
    stack.push(node)
  }
  return { roots, crossing }
}

/** Text of points [from, to) as TEI: escaped, a line break inside a paragraph as `<lb/>`. */
const plain = (points: readonly string[], from: number, to: number): string =>
  xmlText(points.slice(from, to).join('')).replace(/\n/g, '<lb/>')

/** The paragraph [from, to) with its nested mentions as inline elements. */
export function renderInline(points: readonly string[], from: number, to: number, nodes: readonly Node[]): string {
  let out = ''
  let at = from
  for (const node of nodes) {
    const { annotation } = node
    out += plain(points, at, startOf(annotation))
    out += openTag(annotation) + renderInline(points, startOf(annotation), endOf(annotation), node.children) + closeTag(annotation)
    at = endOf(annotation)
  }
  return out + plain(points, at, to)
}
