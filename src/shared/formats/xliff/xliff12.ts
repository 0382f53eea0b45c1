import { create } from 'xmlbuilder2'
import { asCodePoint, sliceCodePoints } from '../../anchoring/code-points'
import type { SegmentStatus } from '../../model/translation'
import { NS, ORIGINAL_PREFIX, type XliffArticle } from './types'
import { Indented, XML_DECLARATION, xmlRuns } from './xml-writer'

const slice = (text: string, span: { start: number; end: number }): string => sliceCodePoints(text, asCodePoint(span.start), asCodePoint(span.end))

/**
 * Our states in XLIFF 1.2's vocabulary (its `state` attribute on `<target>`); `final` is
 * also `approved="yes"` on the trans-unit, which is what most 1.2 tools read.
 */
export const STATE_12: Record<SegmentStatus, string> = {
  initial: 'new',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final'
}

/** XLIFF 1.2 has no `<cp>`: a character XML cannot hold becomes U+FFFD. */
const xmlSafe = (text: string): string => xmlRuns(text).map((run) => ('text' in run ? run.text : '\uFFFD')).join('')

/**
 * Writes one article's translation as XLIFF 1.2 (valid against the strict schema) for older
 * tools: one `<trans-unit>` per aligned row (id = row id), the status as the target's
 * `state`, the note as a `<note>`, the MT as an `<alt-trans>` whose `origin` is the engine.
 * Entity markup is left out: 1.2 has no ITS mapping.
 */
export function serializeXliff12(article: XliffArticle): string {
  const { source, target } = article
  const root = create().ele(NS.xliff12, 'xliff', { version: '1.2' })
  const xliff = new Indented(root)
  const file = xliff.child(NS.xliff12, 'file', {
    original: `${ORIGINAL_PREFIX}${article.articleId}`,
    'source-language': source?.lang ?? target.lang,
    'target-language': target.lang,
    datatype: 'plaintext'
  })
  const header = file.child(NS.xliff12, 'header')
  header.child(NS.xliff12, 'tool', { 'tool-id': 'scriptorium', 'tool-name': 'Scriptorium' })
  header.close()
  const body = file.child(NS.xliff12, 'body')
  for (const row of article.rows) {
    const unit = body.child(NS.xliff12, 'trans-unit', { id: row.id, ...(row.status === 'final' ? { approved: 'yes' } : {}) })
    const sourceText = source ? (row.source ? slice(source.text, row.source) : '') : row.mt
    unit.leaf(NS.xliff12, 'source', xmlSafe(sourceText))
    unit.leaf(NS.xliff12, 'target', xmlSafe(slice(target.text, row.target)), { state: STATE_12[row.status] })
    if (row.note.length > 0) unit.leaf(NS.xliff12, 'note', xmlSafe(row.note), { from: 'scriptorium' })
    if (source && row.mt.length > 0) {
      const alt = unit.child(NS.xliff12, 'alt-trans', target.engine ? { origin: target.engine } : {})
      alt.leaf(NS.xliff12, 'source', xmlSafe(sourceText))
      alt.leaf(NS.xliff12, 'target', xmlSafe(row.mt))
      alt.close()
    }
    unit.close()
  }
  body.close()
  file.close()
  xliff.close()
  return `${XML_DECLARATION}${root.end({ headless: true })}\n`
}
