import type { Annotation, TextVersion } from '../../model'
import type { FormatFile, FormatInput } from '../interchange/types'
import { nestMentions, renderInline } from './inline'
import { entityLists, noteGroup, relationList, spanGroup } from './standoff'
import { xmlAttr, xmlText } from './xml-text'

export const TEI_NS = 'http://www.tei-c.org/ns/1.0'

const divId = (versionId: string): string => `v-${versionId}`

/** Paragraphs of a text in code points: runs between blank lines. */
function paragraphs(points: readonly string[]): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  let i = 0
  while (i <= points.length) {
    const blank = points[i] === '\n' && points[i + 1] === '\n'
    if (i === points.length || blank) {
      if (i > start) out.push([start, i])
      while (points[i] === '\n') i++
      start = i
      if (i === points.length) break
      continue
    }
    i++
  }
  return out
}

/** One version's `<div>`: its paragraphs with inline mentions; the mentions that could not be inline. */
function versionDiv(version: TextVersion, mentions: readonly Annotation[]): { xml: string; standOff: Annotation[] } {
  const points = [...version.text]
  const mine = mentions.filter((a) => a.target.source === version.id)
  const placed = new Set<string>()
  const standOff: Annotation[] = []
  const paras = paragraphs(points).map(([from, to]) => {
    const { roots, crossing } = nestMentions(mine, from, to)
    const mark = (nodes: typeof roots): void => nodes.forEach((n) => (placed.add(n.annotation.id), mark(n.children)))
    mark(roots)
    standOff.push(...crossing)
    crossing.forEach((a) => placed.add(a.id))
    return `<p>${renderInline(points, from, to, roots)}</p>`
  })
  // Mentions across a paragraph break fit in no paragraph.
  standOff.push(...mine.filter((a) => !placed.has(a.id)))
  const type = version.role === 'original' ? 'original' : 'translation'
  const attributes = `type="${type}" xml:id="${divId(version.id)}" xml:lang="${xmlAttr(version.lang)}"${version.role === 'translation' ? ` subtype="${version.origin}"` : ''}`
  return { xml: `<div ${attributes}>${paras.length > 0 ? paras.join('') : '<p/>'}</div>`, standOff }
}

function header(input: FormatInput): string {
  const { article, versions } = input.doc
  const title = xmlText(article.title)
  const date = article.date === null ? '' : `<date when="${xmlAttr(article.date.slice(0, 10))}">${xmlText(article.date)}</date>`
  const publisher = article.source === '' ? '' : `<publisher>${xmlText(article.source)}</publisher>`
  const url = article.url === undefined ? '' : `<ref target="${xmlAttr(article.url)}">${xmlText(article.url)}</ref>`
  const languages = [...new Set([article.language, ...versions.map((v) => v.lang)])]
    .map((lang) => `<language ident="${xmlAttr(lang)}">${xmlText(lang)}</language>`)
    .join('')
  return (
    `<teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt>` +
    `<publicationStmt><p>Exported from a Scriptorium archive; article ${xmlText(article.id)}.</p></publicationStmt>` +
    `<sourceDesc><bibl><title>${title}</title>${publisher}${date}${url}</bibl></sourceDesc></fileDesc>` +
    `<profileDesc><langUsage>${languages}</langUsage></profileDesc></teiHeader>`
  )
}

/**
 * `<id>.tei.xml`, TEI P5. One `<text>` whose `<body>` holds a `<div>` per version (the
 * original, then each translation as `<div type="translation" xml:lang="…">`), paragraphs
 * split at blank lines, line breaks as `<lb/>`. Mentions are inline — persName, orgName,
 * placeName, date, else `<name type="…">` — with `ref` to the entity in standOff (listPerson,
 * listOrg, listPlace, listObject). Elements cannot cross, so a mention crossing another (or a
 * paragraph break) goes to standOff as a `<span>` with a string-range() target; relations are
 * a listRelation between mentions' xml:ids; notes are in `<back>`. Orphans are left out.
 */
export function teiFiles(input: FormatInput): FormatFile[] {
  const { doc } = input
  const mentions = doc.annotations.filter((a) => !a.orphan)
  const divs = doc.versions.map((v) => versionDiv(v, mentions))
  const linked = new Set(mentions.map((a) => a.entity).filter((id) => id !== null))
  const standOffParts = [
    ...entityLists(input.entities.filter((e) => linked.has(e.id))),
    spanGroup(divs.flatMap((d) => d.standOff), divId),
    relationList(doc.relations, new Set(mentions.map((a) => a.id)))
  ].filter((part) => part !== '')
  const notes = noteGroup(mentions)
  const negated = mentions.some((a) => a.attributes.negated)
  const interp = negated ? '<interpGrp type="flags"><interp xml:id="negated">negated</interp></interpGrp>' : ''
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<TEI xmlns="${TEI_NS}" xml:lang="${xmlAttr(doc.article.language)}">` +
    header(input) +
    `<text><body>${divs.map((d) => d.xml).join('')}</body>${notes === '' ? '' : `<back>${notes}</back>`}</text>` +
    (standOffParts.length > 0 || interp !== '' ? `<standOff>${interp}${standOffParts.join('')}</standOff>` : '') +
    `</TEI>\n`
  return [{ path: `${doc.article.id}.tei.xml`, text: xml }]
}
