import type { Entity } from '../model/entity'
import { isWholeWord } from '../segmentation/words'
import type { RawSpan } from './spans'

/** A registry name found in a text: its type and, when only one entity bears it, that entity. */
export interface NamedSpan extends RawSpan {
  /** The entity's id; absent when several entities share the name (the archivist chooses). */
  entity?: string
}

interface Node {
  next: Map<string, Node>
  /** Type of the entity whose name ends here (the first registered wins). */
  type?: string
  /** Ids of the entities bearing the name that ends here. */
  entities?: Set<string>
}

/** Shorter names are mostly noise ("Hu", "区"): entity names shorter than this are skipped. */
const MIN_NAME = 2

/**
 * The registry as a gazetteer: every name of every entity (canonical, per language,
 * aliases) in a character trie, so a text is scanned once whatever the registry's size: at
 * each word start, walk the trie as far as the text allows and keep the longest whole-word
 * name. It grows with the archive: an entity created or named in one article is found in
 * every other, with its id, so accepting the suggestion links the mention.
 */
export class EntityNames {
  private readonly root: Node = { next: new Map() }

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const name of [entity.name, ...Object.values(entity.names), ...entity.aliases]) this.add(name.trim(), entity)
    }
  }

  private add(name: string, entity: Entity): void {
    if ([...name].length < MIN_NAME) return
    let node = this.root
    for (const unit of name) {
      let child = node.next.get(unit)
      if (!child) node.next.set(unit, (child = { next: new Map() }))
      node = child
    }
    node.type ??= entity.type
    ;(node.entities ??= new Set()).add(entity.id)
  }

  /** Longest whole-word matches, left to right, in UTF-16 indices. */
  find(text: string): NamedSpan[] {
    const spans: NamedSpan[] = []
    for (let i = 0; i < text.length; i++) {
      if (!this.root.next.has(text[i] as string)) continue
      let node: Node | undefined = this.root
      let best: NamedSpan | null = null
      for (let j = i; j < text.length && node; ) {
        const point = String.fromCodePoint(text.codePointAt(j) ?? 0)
        node = node.next.get(point)
        j += point.length
        if (node?.type && isWholeWord(text, i, j)) best = named(i, j, node)
      }
      if (best) {
        spans.push(best)
        i = best.end - 1
      }
    }
    return spans
  }
}

function named(start: number, end: number, node: Node): NamedSpan {
  const only = node.entities?.size === 1 ? [...node.entities][0] : undefined
  return only === undefined ? { start, end, type: node.type as string } : { start, end, type: node.type as string, entity: only }
}
