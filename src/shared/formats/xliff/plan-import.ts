import { asCodePoint, sliceCodePoints } from '../../anchoring/code-points'
import { fail } from '../../annotation/commands/util'
import type { ArticleDoc } from '../../model/documents'
import type { PostEditInput } from '../../translation/commands'
import { findTranslation, sourceVersion } from '../../translation/commands'
import type { XliffRead } from './xliff21-read'

/** What importing an XLIFF file into its article changes, unit by unit. */
export interface XliffImportPlan {
  articleId: string
  /** The translation's language, as the article writes it. */
  lang: string
  /** One post-edit per unit that changed, by row id. */
  edits: PostEditInput[]
  unchanged: string[]
  /** Unit ids that name no row of the translation. */
  unknown: string[]
  /** Unit ids whose source text is no longer the row's: never applied. */
  sourceChanged: string[]
}

const slice = (text: string, span: { start: number; end: number }): string => sliceCodePoints(text, asCodePoint(span.start), asCodePoint(span.end))
const same = (a: string, b: string): boolean => a.normalize('NFC').trim() === b.normalize('NFC').trim()
const sameLanguage = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/**
 * Compares a read XLIFF file with the article it names and plans the post-edits that bring
 * the CAT tool's targets, states and notes in. Refuses the whole file (nothing planned) when
 * it is not for this article's translation: other languages, or another translation than the
 * one it was written from. A unit without a `state` keeps the row's status; the unit's notes,
 * joined by new lines, are the row's note (none: no note).
 */
export function planXliffImport(doc: ArticleDoc, read: XliffRead): XliffImportPlan {
  if (read.articleId !== doc.article.id) fail('xliff.otherArticle', `This file is for article "${read.articleId}"`, { id: read.articleId }, 'file')
  const wrong = (): never =>
    fail('xliff.wrongLanguages', `This file's languages (${read.srcLang} → ${read.trgLang ?? '?'}) are not those of a translation of this article`, { source: read.srcLang, target: read.trgLang ?? '?' }, 'file')
  const found = doc.alignments.some((a) => doc.versions.some((v) => v.id === a.target && sameLanguage(v.lang, read.trgLang ?? '')))
  if (!found) wrong()
  const { version, alignment } = findTranslation(doc, read.trgLang!)
  const source = sourceVersion(doc, alignment)
  const otherVersion =
    (read.targetVersionId !== null && read.targetVersionId !== version.id) || (read.sourceVersionId !== null && read.sourceVersionId !== source?.id)
  if (!sameLanguage(read.srcLang, source?.lang ?? version.lang) || otherVersion) wrong()
  const rows = new Map(alignment.rows.map((row) => [row.id, row]))
  const plan: XliffImportPlan = { articleId: doc.article.id, lang: version.lang, edits: [], unchanged: [], unknown: [], sourceChanged: [] }
  const seen = new Set<string>()
  for (const unit of read.units) {
    const row = rows.get(unit.id)
    if (!row || seen.has(unit.id)) {
      plan.unknown.push(unit.id)
      continue
    }
    seen.add(unit.id)
    const currentSource = source ? (row.source ? slice(source.text, row.source) : '') : row.mt
    if (!same(unit.source, currentSource)) {
      plan.sourceChanged.push(unit.id)
      continue
    }
    const edit: PostEditInput = { lang: version.lang, rowId: row.id }
    if (unit.target !== null && !same(unit.target, slice(version.text, row.target))) edit.text = unit.target.trim()
    if (unit.state !== null && unit.state !== row.status) edit.status = unit.state
    const note = unit.notes.join('\n')
    if (note !== row.note) edit.note = note
    if (Object.keys(edit).length > 2) plan.edits.push(edit)
    else plan.unchanged.push(unit.id)
  }
  return plan
}
