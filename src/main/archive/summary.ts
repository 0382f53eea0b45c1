import type { ArticleDoc, ArticleSummary, TextVersion } from '@shared/model'
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
    textHash: hashOf(doc.versions[0])
  }
}

/** Hashes of frozen versions (their text cannot change): a save that did not touch the main text does not hash it again. */
const hashes = new WeakMap<TextVersion, string>()

function hashOf(version: TextVersion | undefined): string {
  if (!version) return textHash('')
  if (!Object.isFrozen(version)) return textHash(version.text)
  let hash = hashes.get(version)
  if (hash === undefined) hashes.set(version, (hash = textHash(version.text)))
  return hash
}
