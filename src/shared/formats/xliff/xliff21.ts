import { create } from 'xmlbuilder2'
import { asCodePoint, sliceCodePoints } from '../../anchoring/code-points'
import { mentionsWithin, writeMarkedText, writeRuns } from './its-markup'
import { META_CATEGORY, NS, ORIGINAL_PREFIX, type XliffArticle, type XliffRow } from './types'
import { Indented, XML_DECLARATION } from './xml-writer'

const slice = (text: string, span: { start: number; end: number }): string => sliceCodePoints(text, asCodePoint(span.start), asCodePoint(span.end))

/**
 * Writes one article's translation as XLIFF 2.1 (core, with the matches, metadata and ITS
 * modules), one `<unit>` per aligned row. See docs/interchange.md for the mapping:
 * - `file/@id` and `unit/@id` are our article and row ids; `file/@original` names the
 *   article and `mda:metadata` holds the article and version ids, so import can match units
 *   and refuse a file that is not ours;
 * - `segment/@state` is the row's status (XLIFF 2's four states are ours);
 * - the row's note is a `<note>`; the MT as it came is an `mtc:match` of type `mt` whose
 *   `origin` is the engine;
 * - mentions are ITS Text Analysis `<mrk type="its:generic">` in source and target.
 */
export function serializeXliff21(article: XliffArticle): string {
  const { source, target } = article
  const srcLang = source?.lang ?? target.lang
  const root = create().ele(NS.xliff2, 'xliff', { version: '2.1', srcLang, trgLang: target.lang })
  root.att(NS.xmlns, 'xmlns:mtc', NS.matches)
  root.att(NS.xmlns, 'xmlns:mda', NS.metadata)
  root.att(NS.xmlns, 'xmlns:its', NS.its)
  root.att(NS.its, 'its:version', '2.0')
  const xliff = new Indented(root)
  const file = xliff.child(NS.xliff2, 'file', { id: article.articleId, original: `${ORIGINAL_PREFIX}${article.articleId}` })
  writeFileMetadata(file, article)
  for (const row of article.rows) writeUnit(file, article, row)
  file.close()
  xliff.close()
  return `${XML_DECLARATION}${root.end({ headless: true })}\n`
}

function writeFileMetadata(file: Indented, article: XliffArticle): void {
  const metadata = file.child(NS.metadata, 'mda:metadata')
  const group = metadata.child(NS.metadata, 'mda:metaGroup', { category: META_CATEGORY })
  group.leaf(NS.metadata, 'mda:meta', article.articleId, { type: 'article' })
  if (article.source) group.leaf(NS.metadata, 'mda:meta', article.source.versionId, { type: 'sourceVersion' })
  group.leaf(NS.metadata, 'mda:meta', article.target.versionId, { type: 'targetVersion' })
  if (article.target.engine) group.leaf(NS.metadata, 'mda:meta', article.target.engine, { type: 'engine' })
  group.close()
  metadata.close()
}

function writeUnit(file: Indented, article: XliffArticle, row: XliffRow): void {
  const { source, target } = article
  const unit = file.child(NS.xliff2, 'unit', { id: row.id })
  const sourceText = source ? (row.source ? slice(source.text, row.source) : '') : row.mt
  const targetText = slice(target.text, row.target)
  // The MT as a candidate; in a monolingual file the source is the MT already.
  if (source && row.mt.length > 0) {
    const matches = unit.child(NS.matches, 'mtc:matches')
    const match = matches.child(NS.matches, 'mtc:match', { ref: '#s1', type: 'mt', ...(target.engine ? { origin: target.engine } : {}) })
    writeRuns(match.child(NS.xliff2, 'source').node, sourceText)
    writeRuns(match.child(NS.xliff2, 'target').node, row.mt)
    match.close()
    matches.close()
  }
  if (row.note.length > 0) {
    const notes = unit.child(NS.xliff2, 'notes')
    writeRuns(notes.child(NS.xliff2, 'note').node, row.note)
    notes.close()
  }
  const segment = unit.child(NS.xliff2, 'segment', { id: 's1', state: row.status })
  const sourceMentions = source && row.source ? mentionsWithin(article.sourceMentions, row.source.start, row.source.end) : []
  writeMarkedText(segment.child(NS.xliff2, 'source').node, sourceText, sourceMentions, article.wikidata, 'm')
  const targetMentions = mentionsWithin(article.targetMentions, row.target.start, row.target.end)
  writeMarkedText(segment.child(NS.xliff2, 'target').node, targetText, targetMentions, article.wikidata, 't')
  segment.close()
  unit.close()
}
