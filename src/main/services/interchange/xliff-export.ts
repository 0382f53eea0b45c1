import { serializeXliff12, serializeXliff21, xliffArticle } from '@shared/formats/xliff'
import type { XliffExport, XliffVersion } from '@shared/ipc/interchange-contract'
import type { Archive } from '../../archive/archive'

/**
 * One translation of an article as an XLIFF document. Mentions are the versions' own
 * annotations (see `xliffArticle` for adding projected ones).
 */
export async function exportXliff(archive: Archive, articleId: string, lang: string, version: XliffVersion): Promise<XliffExport> {
  const doc = await archive.read(articleId)
  const article = xliffArticle(doc, lang, archive.registry().entities)
  const content = version === '1.2' ? serializeXliff12(article) : serializeXliff21(article)
  const suffix = version === '1.2' ? '.xliff12' : ''
  return { fileName: `${articleId}.${article.target.lang}${suffix}.xlf`, content, units: article.rows.length }
}
