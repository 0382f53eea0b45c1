import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import { NS, type XliffMention } from './types'
import { xmlRuns } from './xml-writer'

/**
 * How a mention becomes ITS Text Analysis (ITS 2.0 §8.10, XLIFF 2.1 ITS module):
 * - `its:taClassRef` (an IRI of the entity's class) is `urn:scriptorium:type:<TYPE>`: the tag
 *   types are the archive's own schema, so no public ontology is claimed for them;
 * - `its:taIdentRef` (an IRI of the entity itself) is the Wikidata concept URI
 *   `http://www.wikidata.org/entity/Q…` when the registry links the entity to Wikidata,
 *   otherwise the stable `urn:scriptorium:entity:<id>`; absent when the mention is unlinked.
 * Both are `xs:anyURI` in its.xsd, and a URN is an absolute IRI, as ITS requires.
 */
export function itsAttributes(mention: XliffMention, wikidata: Readonly<Record<string, string>>): Record<string, string> {
  const attributes: Record<string, string> = { taClassRef: `urn:scriptorium:type:${encodeURIComponent(mention.type)}` }
  if (mention.entityId) {
    const item = wikidata[mention.entityId]
    attributes.taIdentRef = item ? `http://www.wikidata.org/entity/${item}` : `urn:scriptorium:entity:${encodeURIComponent(mention.entityId)}`
  }
  return attributes
}

/** A mention placed in one segment's text: offsets in code points of that text. */
interface Placed {
  start: number
  end: number
  id: string
  attributes: Record<string, string>
}

/** The mentions that lie wholly inside [start, end), moved to that range's own offsets. */
export function mentionsWithin(mentions: readonly XliffMention[], start: number, end: number): XliffMention[] {
  return mentions.filter((m) => m.start >= start && m.end <= end && m.end > m.start).map((m) => ({ ...m, start: m.start - start, end: m.end - start }))
}

/**
 * Writes a segment's text into `element` with each mention marked. Properly nested mentions
 * become `<mrk>` elements; one that crosses another's boundary (XML cannot nest it) becomes a
 * `<sm>`/`<em>` pair, XLIFF 2's markers for overlapping annotations. Ids are unique within the
 * element (`prefix` keeps source and target apart from the unit's other ids).
 */
export function writeMarkedText(
  element: XMLBuilder,
  text: string,
  mentions: readonly XliffMention[],
  wikidata: Readonly<Record<string, string>>,
  prefix: string
): void {
  const chars = [...text]
  const placed: Placed[] = [...mentions]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((m, i) => ({ start: m.start, end: m.end, id: `${prefix}${i + 1}`, attributes: itsAttributes(m, wikidata) }))
  const open: { mention: Placed; node: XMLBuilder }[] = []
  const crossing: Placed[] = []
  let node = element
  let at = 0
  const writeText = (to: number) => {
    if (to > at) writeRuns(node, chars.slice(at, to).join(''))
    at = Math.max(at, to)
  }
  const closeUpTo = (position: number) => {
    for (;;) {
      const nextOpen = open.at(-1)?.mention.end ?? Infinity
      const nextCross = Math.min(...crossing.map((c) => c.end))
      const next = Math.min(nextOpen, nextCross)
      if (next > position) return
      writeText(next)
      if (nextOpen === next) {
        open.pop()
        node = open.at(-1)?.node ?? element
      } else {
        const done = crossing.splice(crossing.findIndex((c) => c.end === next), 1)[0]!
        node.ele(NS.xliff2, 'em', { startRef: done.id })
      }
    }
  }
  for (const mention of placed) {
    closeUpTo(mention.start)
    writeText(mention.start)
    const parent = open.at(-1)?.mention
    if (parent && parent.end < mention.end) {
      its(node.ele(NS.xliff2, 'sm', { id: mention.id, type: 'its:generic' }), mention.attributes)
      crossing.push(mention)
      continue
    }
    node = its(node.ele(NS.xliff2, 'mrk', { id: mention.id, type: 'its:generic' }), mention.attributes)
    open.push({ mention, node })
  }
  closeUpTo(chars.length)
  writeText(chars.length)
}

function its(element: XMLBuilder, attributes: Record<string, string>): XMLBuilder {
  for (const [name, value] of Object.entries(attributes)) element.att(NS.its, `its:${name}`, value)
  return element
}

/** Text with the characters XML cannot hold written as XLIFF 2 `<cp hex="…"/>`. */
export function writeRuns(element: XMLBuilder, text: string): void {
  for (const run of xmlRuns(text)) {
    if ('text' in run) element.txt(run.text)
    else element.ele(NS.xliff2, 'cp', { hex: run.codePoint.toString(16).toUpperCase().padStart(4, '0') })
  }
}
