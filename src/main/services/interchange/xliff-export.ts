import { serializeXliff12, serializeXliff21, xliffArticle, type XliffMention } from '@shared/formats/xliff'
import type { ArticleDoc } from '@shared/model/documents'
import type { Entity } from '@shared/model/entity'
import type { XliffExport, XliffVersion } from '@shared/ipc/interchange-contract'
import { findTranslation } from '@shared/translation/commands'
import { projectAnnotations } from '@shared/translation/projection'
import type { Archive } from '../../archive/archive'

/**
 * One translation of an article as an XLIFF document. Mentions are the versions' own
 * annotations plus, in the target, the names projected from the source's linked annotations
 * (where the entity's target-language name or an alias occurs in the aligned row), so a CAT
 * tool sees the entity markup on both sides.
 */
export async function exportXliff(archive: Archive, articleId: string, lang: string, version: XliffVersion): Promise<XliffExport> {
  const doc = await archive.read(articleId)
  const entities = archive.registry().entities
  const article = xliffArticle(doc, lang, entities, projectedTargetMentions(doc, lang, entities))
  const content = version === '1.2' ? serializeXliff12(article) : serializeXliff21(article)
  const suffix = version === '1.2' ? '.xliff12' : ''
  return { fileName: `${articleId}.${article.target.lang}${suffix}.xlf`, content, units: article.rows.length }
}

/** Names projected onto the translation `lang` from the annotations of its source. */
export function projectedTargetMentions(doc: ArticleDoc, lang: string, entities: readonly Entity[]): XliffMention[] {
  const { alignment } = findTranslation(doc, lang)
  return projectAnnotations(doc, alignment, entities, 'toTarget').map(({ start, end, type, entityId }) => ({ start, end, type, entityId }))
}
