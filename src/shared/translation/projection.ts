import { asCodePoint, codePointLength, sliceCodePoints } from '../anchoring/code-points'
import type { Annotation } from '../model/annotation'
import type { TextVersion } from '../model/article'
import type { ArticleDoc } from '../model/documents'
import type { Entity } from '../model/entity'
import type { Alignment, Span } from '../model/translation'
import { isWholeWord } from '../segmentation/words'
import { sameLanguage } from './qa/types'

/**
 * An entity mention seen on one side of an alignment, projected onto the aligned row of the
 * other side where the entity's name in that side's language (or an alias) occurs.
 */
export interface ProjectedMention {
  /** The annotation it is projected from (the first one linking the entity in that row). */
  fromAnnotation: string
  /** The version it lies on: the alignment's target (projected to it) or its source. */
  versionId: string
  /** Code points of that version's text, end exclusive. */
  start: number
  end: number
  type: string
  entityId: string
  /** Index of the row in `alignment.rows` (0-based). */
  row: number
}

export type ProjectionDirection = 'toTarget' | 'toSource' | 'both'

type Side = 'source' | 'target'

/**
 * The mentions of `doc`'s annotations linked to entities, projected across `alignment`: an
 * annotation on one side is projected onto its row's other side (the whole span of a 1-2 or
 * 2-1 bead) at every occurrence of the entity's name in that side's language or an alias,
 * matched as whole words and ignoring case. Nothing is projected for an entity with no name
 * in that language (we cannot know how it is written there), nor onto a span already tagged
 * with the same entity. Pure: the editor and the interchange formats both call it.
 */
export function projectAnnotations(doc: ArticleDoc, alignment: Alignment, entities: readonly Entity[], direction: ProjectionDirection = 'both'): ProjectedMention[] {
  if (alignment.source === null) return []
  const source = doc.versions.find((v) => v.id === alignment.source)
  const target = doc.versions.find((v) => v.id === alignment.target)
  if (!source || !target) return []
  const byId = new Map(entities.map((e) => [e.id, e]))
  const out: ProjectedMention[] = []
  if (direction !== 'toSource') out.push(...project(doc.annotations, alignment, byId, { from: source, to: target, fromSide: 'source', toSide: 'target' }))
  if (direction !== 'toTarget') out.push(...project(doc.annotations, alignment, byId, { from: target, to: source, fromSide: 'target', toSide: 'source' }))
  return out.sort((a, b) => a.row - b.row || Number(a.versionId !== alignment.target) - Number(b.versionId !== alignment.target) || a.start - b.start)
}

interface Way {
  from: TextVersion
  to: TextVersion
  fromSide: Side
  toSide: Side
}

const spanOf = (alignment: Alignment, row: number, side: Side): Span | null => {
  const r = alignment.rows[row]
  return (side === 'source' ? r?.source : r?.target) ?? null
}

function project(annotations: readonly Annotation[], alignment: Alignment, entities: ReadonlyMap<string, Entity>, way: Way): ProjectedMention[] {
  const findRow = rowFinder(alignment, way.fromSide)
  // The first annotation (in text order) of each entity in each row.
  const firsts = new Map<string, { annotation: Annotation; row: number; entity: Entity }>()
  for (const annotation of annotations) {
    if (annotation.orphan || annotation.entity === null || annotation.target.source !== way.from.id) continue
    const entity = entities.get(annotation.entity)
    if (!entity) continue
    const row = findRow(annotation.target.position)
    if (row === null) continue
    const key = `${row}\u0000${entity.id}`
    const known = firsts.get(key)
    if (!known || annotation.target.position.start < known.annotation.target.position.start) firsts.set(key, { annotation, row, entity })
  }
  const tagged = annotations.filter((a) => !a.orphan && a.entity !== null && a.target.source === way.to.id)
  const out: ProjectedMention[] = []
  for (const { annotation, row, entity } of firsts.values()) {
    const span = spanOf(alignment, row, way.toSide)
    if (!span || span.end <= span.start) continue
    const names = namesIn(entity, way.to.lang)
    if (names.length === 0) continue
    const text = sliceCodePoints(way.to.text, asCodePoint(span.start), asCodePoint(span.end))
    const taken: Span[] = tagged.filter((a) => a.entity === entity.id).map((a) => a.target.position)
    for (const found of occurrences(text, names)) {
      const at = { start: span.start + found.start, end: span.start + found.end }
      if (taken.some((t) => t.start < at.end && at.start < t.end)) continue
      taken.push(at)
      out.push({ fromAnnotation: annotation.id, versionId: way.to.id, ...at, type: annotation.type, entityId: entity.id, row })
    }
  }
  return out
}

/** The row whose `side` span holds a position, found by binary search over the rows in text order. */
function rowFinder(alignment: Alignment, side: Side): (position: Span) => number | null {
  const order = alignment.rows
    .map((_, i) => i)
    .filter((i) => {
      const span = spanOf(alignment, i, side)
      return span !== null && span.end > span.start
    })
    .sort((a, b) => spanOf(alignment, a, side)!.start - spanOf(alignment, b, side)!.start)
  return (position) => {
    let low = 0
    let high = order.length - 1
    let found = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (spanOf(alignment, order[mid]!, side)!.start <= position.start) {
        found = mid
        low = mid + 1
      } else high = mid - 1
    }
    if (found < 0) return null
    const row = order[found]!
    const span = spanOf(alignment, row, side)!
    return position.start >= span.start && position.end <= span.end ? row : null
  }
}

const longestFirst = (names: string[]): string[] => names.filter((n) => n !== '').sort((a, b) => codePointLength(b) - codePointLength(a))

/**
 * The entity's names in `lang`, then its aliases, each longest first (the order in which they
 * claim text: in "secretary Hu Tao" the name "Hu Tao" wins over the alias "Secretary Hu");
 * none when it has no name in `lang`.
 */
export function namesIn(entity: Pick<Entity, 'names' | 'aliases'>, lang: string): string[] {
  const own = longestFirst(
    Object.entries(entity.names)
      .filter(([l]) => sameLanguage(l, lang))
      .map(([, name]) => name.trim())
  )
  if (own.length === 0) return []
  return [...new Set([...own, ...longestFirst(entity.aliases.map((a) => a.trim()))])]
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Where any of `names` occurs in `text` as whole words, ignoring case, in code points; a name
 * earlier in the list wins over a later one it overlaps (see namesIn).
 */
export function occurrences(text: string, names: readonly string[]): Span[] {
  const found: { start: number; end: number }[] = []
  for (const name of names) {
    const pattern = new RegExp(escape(name), 'giu')
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (!isWholeWord(text, start, end)) continue
      if (found.some((f) => f.start < end && start < f.end)) continue
      found.push({ start, end })
    }
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => {
      const from = codePointLength(text.slice(0, start))
      return { start: from, end: from + codePointLength(text.slice(start, end)) }
    })
}
