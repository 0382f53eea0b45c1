import { asCodePoint, sliceCodePoints } from '../../anchoring'
import type { ArticleDoc } from '../../model'
import type { MemoryUnit } from './types'

/** The id of the unit an aligned row gives. */
export const rowUnitId = (articleId: string, rowId: string): string => `${articleId}/${rowId}`

/**
 * The memory units of an article: every row of a bilingual alignment whose status is
 * `translated` or beyond and whose source and target both hold text. A row's time is its last
 * history event (an edit or status change names the row), else the article's import.
 */
export function memoryUnitsOf(doc: ArticleDoc): MemoryUnit[] {
  const changed = new Map<string, string>()
  for (const event of doc.history) {
    const row = event.detail.row
    if (typeof row === 'string') changed.set(row, event.at)
  }
  const units: MemoryUnit[] = []
  for (const alignment of doc.alignments) {
    const source = alignment.source === null ? undefined : doc.versions.find((v) => v.id === alignment.source)
    const target = doc.versions.find((v) => v.id === alignment.target)
    if (!source || !target) continue
    for (const row of alignment.rows) {
      if (row.status === 'initial' || row.source === null) continue
      const sourceText = sliceCodePoints(source.text, asCodePoint(row.source.start), asCodePoint(row.source.end)).trim()
      const targetText = sliceCodePoints(target.text, asCodePoint(row.target.start), asCodePoint(row.target.end)).trim()
      if (sourceText === '' || targetText === '') continue
      units.push({
        id: rowUnitId(doc.article.id, row.id),
        source: sourceText,
        target: targetText,
        sourceLang: source.lang,
        targetLang: target.lang,
        articleId: doc.article.id,
        rowId: row.id,
        status: row.status,
        updatedAt: changed.get(row.id) ?? doc.article.importedAt
      })
    }
  }
  return units
}
