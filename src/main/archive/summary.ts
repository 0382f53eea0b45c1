import type { ArticleDoc, ArticleSummary } from '@shared/model'
import { textHash } from './text-hash'

/** The catalog entry of an article; derived only from its shard, so it can be rebuilt. */
export function summarize(doc: ArticleDoc): ArticleSummary {
  const { article } = doc
  return {
    id: article.id,
    title: article.title,
    date: article.date,
    source: article.source,
    language: article.language,
    annotationCount: doc.annotations.length,
    importedAt: article.importedAt,
    textHash: textHash(doc.versions[0]?.text ?? '')
  }
}
