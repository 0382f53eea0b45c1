import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom'

const XLIFF = 'urn:oasis:names:tc:xliff:document:2.0'

export interface UnitEdit {
  /** Replaces text inside the target's text nodes, so its inline markup stays. */
  replace?: [string, string]
  state?: string
  note?: string
  /** Replaces text in the segment's source (what a file for another text would hold). */
  replaceSource?: [string, string]
  /** Gives the unit another id. */
  id?: string
}

function replaceIn(element: Element, [from, to]: [string, string]): void {
  const walk = (node: Element): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && child.nodeValue!.includes(from)) {
        child.nodeValue = child.nodeValue!.replace(from, to)
        ;(child as unknown as { data: string }).data = child.nodeValue
        return true
      }
      if (child.nodeType === 1 && walk(child as Element)) return true
    }
    return false
  }
  if (!walk(element)) throw new Error(`"${from}" is not in the text`)
}

/**
 * Edits an XLIFF 2 file the way a CAT tool does: reads it into a DOM, changes targets (inline
 * markup kept), states and notes of the units named by their position (1-based), and writes
 * the whole document again.
 */
export function editAsCatTool(xml: string, edits: Record<number, UnitEdit>): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const units = Array.from(doc.getElementsByTagNameNS(XLIFF, 'unit'))
  for (const [position, edit] of Object.entries(edits)) {
    const unit = units[Number(position) - 1]!
    const segment = unit.getElementsByTagNameNS(XLIFF, 'segment')[0]!
    if (edit.replace) replaceIn(segment.getElementsByTagNameNS(XLIFF, 'target')[0]!, edit.replace)
    if (edit.replaceSource) replaceIn(segment.getElementsByTagNameNS(XLIFF, 'source')[0]!, edit.replaceSource)
    if (edit.state) segment.setAttribute('state', edit.state)
    if (edit.id) unit.setAttribute('id', edit.id)
    if (edit.note !== undefined) {
      const old = unit.getElementsByTagNameNS(XLIFF, 'notes')[0]
      if (old) unit.removeChild(old)
      const notes = doc.createElementNS(XLIFF, 'notes')
      const note = doc.createElementNS(XLIFF, 'note')
      note.appendChild(doc.createTextNode(edit.note))
      notes.appendChild(note)
      unit.insertBefore(notes, segment)
    }
  }
  return new XMLSerializer().serializeToString(doc)
}
