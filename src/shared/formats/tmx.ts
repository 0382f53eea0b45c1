import type { Element, Node } from '@xmldom/xmldom'
import { create } from 'xmlbuilder2'
import type { MemoryUnit } from '../translation/memory/types'
import { parseXml } from './xml/safe-xml'

/** A translation unit as TMX carries it: what an import adds to the memory. */
export interface TmxUnit {
  source: string
  target: string
  sourceLang: string
  targetLang: string
  /** ISO 8601, from the unit's changedate or creationdate; null when it has neither. */
  changedAt: string | null
}

export interface TmxHeader {
  creationTool: string
  creationToolVersion: string
  /** Used when every unit has the same source language; else `*all*`. */
  adminLang: string
}

export interface TmxRead {
  units: TmxUnit[]
  /** `<tu>` elements without a source and a target with text. */
  skipped: number
}

/**
 * A file that is well-formed XML but not TMX; `errors:tmx.notTmx`, whose i18next context says
 * why: `root` (the root element is not `<tmx>`; `root` names it) or `parts` (no header or body).
 */
export class TmxRefused extends Error {
  readonly code = 'tmx.notTmx'
  constructor(
    readonly reason: 'root' | 'parts',
    readonly root: string
  ) {
    super(reason === 'root' ? `tmx.notTmx: root <${root}>` : 'tmx.notTmx: no <header> or <body>')
    this.name = 'TmxRefused'
  }

  /** Params for the translated message (`context` picks its variant); `detail` is the English account, for scripts. */
  get params(): Record<string, string> {
    return { context: this.reason, root: this.root, detail: this.message.slice('tmx.notTmx: '.length) }
  }
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
/** Characters XML 1.0 cannot carry at all, not even escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** 2026-03-01T08:09:10.123Z → 20260301T080910Z (TMX's date format). */
const tmxDate = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15) + 'Z'
/** 20260301T080910Z → 2026-03-01T08:09:10.000Z; null when it is not one. */
function isoDate(tmx: string | null): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(tmx ?? '')
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : null
}

/**
 * TMX 1.4b of memory units: one `<tu>` per unit (its source and target `<tuv>`), the unit's
 * time as `changedate`, the article it came from as a `x-article` property.
 */
export function writeTmx(units: readonly MemoryUnit[], header: TmxHeader): string {
  const sources = new Set(units.map((u) => u.sourceLang))
  const srclang = sources.size === 1 ? [...sources][0]! : '*all*'
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' })
  root.ele('header', {
    creationtool: header.creationTool,
    creationtoolversion: header.creationToolVersion,
    segtype: 'sentence',
    'o-tmf': 'scriptorium',
    adminlang: header.adminLang,
    srclang,
    datatype: 'plaintext'
  })
  const body = root.ele('body')
  for (const unit of units) {
    const tu = body.ele('tu', { srclang: unit.sourceLang, changedate: tmxDate(unit.updatedAt) })
    if (unit.articleId !== null) tu.ele('prop', { type: 'x-article' }).txt(unit.articleId)
    tu.ele('tuv', { 'xml:lang': unit.sourceLang }).ele('seg').txt(unit.source.replace(NOT_XML, ''))
    tu.ele('tuv', { 'xml:lang': unit.targetLang }).ele('seg').txt(unit.target.replace(NOT_XML, ''))
  }
  return root.end({ prettyPrint: true }) + '\n'
}

const elements = (parent: Node, name: string): Element[] => {
  const found: Element[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name && !(node as Element).namespaceURI) found.push(node as Element)
  }
  return found
}

/** Inline codes hold the original format's markup, not text: `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`. */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut'])

/** A `<seg>`'s text: its text nodes and those of `<hi>` and `<sub>`, without inline codes. */
function segText(node: Node): string {
  let text = ''
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? ''
    else if (child.nodeType === 1 && !CODES.has((child as Element).localName ?? '')) text += segText(child)
  }
  return text.replace(/\s+/g, ' ').trim()
}

const langOf = (tuv: Element): string => tuv.getAttributeNS(XML_NS, 'lang') || tuv.getAttribute('lang') || ''
const sameLang = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/**
 * The units of a TMX file. The XML is read by `parseXml` (no DOCTYPE, no entities: it throws
 * `XmlRefused`); a root other than `<tmx>` throws `TmxRefused`. A `<tu>` with several target
 * variants gives one unit per target; one without a source or a target is counted as skipped.
 */
export function readTmx(text: string): TmxRead {
  const root = parseXml(text).documentElement!
  if (root.localName !== 'tmx' || root.namespaceURI) throw new TmxRefused('root', root.tagName)
  const header = elements(root, 'header')[0]
  const body = elements(root, 'body')[0]
  if (!header || !body) throw new TmxRefused('parts', root.tagName)
  const defaultSource = header.getAttribute('srclang') ?? ''
  const units: TmxUnit[] = []
  let skipped = 0
  for (const tu of elements(body, 'tu')) {
    const variants = elements(tu, 'tuv').map((tuv) => {
      const seg = elements(tuv, 'seg')[0]
      return { lang: langOf(tuv), text: seg ? segText(seg) : '' }
    })
    const wanted = tu.getAttribute('srclang') || defaultSource
    const source = wanted && wanted !== '*all*' ? variants.find((v) => sameLang(v.lang, wanted)) : variants[0]
    const targets = variants.filter((v) => v !== source && v.lang !== '' && v.text !== '')
    if (!source || source.text === '' || source.lang === '' || targets.length === 0) {
      skipped++
      continue
    }
    const changedAt = isoDate(tu.getAttribute('changedate')) ?? isoDate(tu.getAttribute('creationdate'))
    for (const target of targets) units.push({ source: source.text, target: target.text, sourceLang: source.lang, targetLang: target.lang, changedAt })
  }
  return { units, skipped }
}
