import type { Element } from '@xmldom/xmldom'
import { SegmentStatus } from '../../model/translation'
import { childElement, childElements, parseXml } from '../xml/safe-xml'
import { META_CATEGORY, NS, ORIGINAL_PREFIX } from './types'

/** Why an XLIFF file could not be read as ours (beyond XML refusals). */
export type XliffProblemCode = 'xliff.notXliff' | 'xliff.unsupportedVersion' | 'xliff.notOurs'

export class XliffRefused extends Error {
  constructor(
    readonly code: XliffProblemCode,
    readonly params: Record<string, string> = {}
  ) {
    super(code)
    this.name = 'XliffRefused'
  }
}

/** One unit as a CAT tool left it; texts with inline markup flattened. */
export interface XliffUnitRead {
  id: string
  source: string
  /** Null when no segment has a target. */
  target: string | null
  /** The least advanced state of its segments; null when none states one. */
  state: SegmentStatus | null
  /** The texts of the unit's notes, in order. */
  notes: string[]
}

export interface XliffRead {
  srcLang: string
  trgLang: string | null
  articleId: string
  sourceVersionId: string | null
  targetVersionId: string | null
  units: XliffUnitRead[]
}

/**
 * Reads an XLIFF 2.x file we wrote (and a CAT tool may have edited): the article it names,
 * its languages and every unit, in groups too. XML is parsed by the safe reader (no DOCTYPE,
 * namespace-aware), so `XmlRefused` passes through for hostile or malformed files.
 */
export function readXliff21(text: string): XliffRead {
  const root = parseXml(text).documentElement!
  if (root.localName !== 'xliff' || (root.namespaceURI !== NS.xliff2 && root.namespaceURI !== NS.xliff12)) throw new XliffRefused('xliff.notXliff')
  const version = root.getAttribute('version') ?? ''
  if (root.namespaceURI !== NS.xliff2 || !/^2\.[01]$/.test(version)) throw new XliffRefused('xliff.unsupportedVersion', { version })
  // We write one file per document; a tool that merged documents made one we cannot match.
  const files = childElements(root, NS.xliff2, 'file')
  const ids = files.length === 1 ? fileIds(files[0]!) : null
  if (!ids?.articleId) throw new XliffRefused('xliff.notOurs')
  return {
    srcLang: root.getAttribute('srcLang') ?? '',
    trgLang: root.getAttribute('trgLang'),
    articleId: ids.articleId,
    sourceVersionId: ids.sourceVersionId,
    targetVersionId: ids.targetVersionId,
    units: unitsOf(files[0]!).map(readUnit)
  }
}

/** Our ids from the metadata module, or the article from `original` when a tool dropped the metadata. */
function fileIds(file: Element): { articleId: string | null; sourceVersionId: string | null; targetVersionId: string | null } {
  const meta = new Map<string, string>()
  for (const metadata of childElements(file, NS.metadata, 'metadata')) {
    for (const group of childElements(metadata, NS.metadata, 'metaGroup')) {
      if (group.getAttribute('category') !== META_CATEGORY) continue
      for (const item of childElements(group, NS.metadata, 'meta')) meta.set(item.getAttribute('type') ?? '', (item.textContent ?? '').trim())
    }
  }
  const original = file.getAttribute('original') ?? ''
  const fromOriginal = original.startsWith(ORIGINAL_PREFIX) ? original.slice(ORIGINAL_PREFIX.length) : null
  return {
    articleId: meta.get('article') || fromOriginal || null,
    sourceVersionId: meta.get('sourceVersion') || null,
    targetVersionId: meta.get('targetVersion') || null
  }
}

function unitsOf(parent: Element): Element[] {
  const units: Element[] = []
  for (const child of childElements(parent, NS.xliff2)) {
    if (child.localName === 'unit') units.push(child)
    else if (child.localName === 'group') units.push(...unitsOf(child))
  }
  return units
}

const STATES = SegmentStatus.options

function readUnit(unit: Element): XliffUnitRead {
  let source = ''
  let target: string | null = null
  let state: SegmentStatus | null = null
  // Segments and the ignorable whitespace between them, in order, make the unit's text.
  for (const part of childElements(unit, NS.xliff2)) {
    if (part.localName !== 'segment' && part.localName !== 'ignorable') continue
    const sourceElement = childElement(part, NS.xliff2, 'source')
    const targetElement = childElement(part, NS.xliff2, 'target')
    const sourceText = sourceElement ? flatten(sourceElement) : ''
    source += sourceText
    if (targetElement) target = (target ?? '') + flatten(targetElement)
    else if (part.localName === 'ignorable') target = target === null ? null : target + sourceText
    if (part.localName === 'segment') {
      const stated = part.getAttribute('state')
      const parsed = SegmentStatus.safeParse(stated)
      if (parsed.success && (state === null || STATES.indexOf(parsed.data) < STATES.indexOf(state))) state = parsed.data
    }
  }
  const notesElement = childElement(unit, NS.xliff2, 'notes')
  const notes = notesElement ? childElements(notesElement, NS.xliff2, 'note').map((note) => note.textContent ?? '') : []
  return { id: unit.getAttribute('id') ?? '', source, target, state, notes }
}

/** The text of a source or target: marker and paired-code content kept, `<cp>` decoded, standalone codes dropped. */
function flatten(element: Element): string {
  let text = ''
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? ''
    if (node.nodeType !== 1) continue
    const child = node as Element
    if (child.namespaceURI !== NS.xliff2) continue
    if (child.localName === 'mrk' || child.localName === 'pc') text += flatten(child)
    else if (child.localName === 'cp') {
      const code = Number.parseInt(child.getAttribute('hex') ?? '', 16)
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) text += String.fromCodePoint(code)
    }
  }
  return text
}
