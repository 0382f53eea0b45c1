import type { Entity } from '../model/entity'
import { isWholeWord } from '../segmentation/words'
import type { RawSpan } from './spans'

interface Node {
  next: Map<string, Node>
  /** Type of the entity whose name ends here (the first registered wins). */
  type?: string
}

/** Shorter names are mostly noise ("Hu", "区"): entity names shorter than this are skipped. */
const MIN_NAME = 2

/**
 * A dictionary of every name of every entity (canonical, per language, aliases) as a
 * character trie, so a text is scanned once whatever the registry's size: at each word
 * start, walk the trie as far as the text allows and keep the longest whole-word name.
 */
export class EntityNames {
  private readonly root: Node = { next: new Map() }

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const name of [entity.name, ...Object.values(entity.names), ...entity.aliases]) this.add(name.trim(), entity.type)
    }
  }

  private add(name: string, type: string): void {
    if ([...name].length < MIN_NAME) return
    let node = this.root
    for (const unit of name) {
      let child = node.next.get(unit)
      if (!child) node.next.set(unit, (child = { next: new Map() }))
      node = child
    }
    node.type ??= type
  }

  /** Longest whole-word matches, left to right, in UTF-16 indices. */
  find(text: string): RawSpan[] {
    const spans: RawSpan[] = []
    for (let i = 0; i < text.length; i++) {
      if (!this.root.next.has(text[i] as string)) continue
      let node: Node | undefined = this.root
      let best: RawSpan | null = null
      for (let j = i; j < text.length && node; ) {
        const point = String.fromCodePoint(text.codePointAt(j) ?? 0)
        node = node.next.get(point)
        j += point.length
        if (node?.type && isWholeWord(text, i, j)) best = { start: i, end: j, type: node.type }
      }
      if (best) {
        spans.push(best)
        i = best.end - 1
      }
    }
    return spans
  }
}
