import { sentenceGroups } from '@shared/explore'
import type { Archive } from '../../archive/archive'
import type { IndexedArticle } from '../annotation/mention-index'

const READ_BATCH = 16

/**
 * Each article's sentence groups (see shared/explore/sentence-groups.ts), remembered per
 * mention-index entry: the index replaces an article's entry whenever the article changes,
 * so an entry seen before has the same annotations and its groups are still right.
 */
export class SentenceGroups {
  private readonly known = new WeakMap<IndexedArticle, string[][]>()

  constructor(private readonly archive: Archive) {}

  /** The groups of each article, reading only the shards not seen in this state before. */
  async of(articles: readonly IndexedArticle[]): Promise<string[][][]> {
    const missing = articles.filter((a) => !this.known.has(a))
    for (let i = 0; i < missing.length; i += READ_BATCH) {
      const batch = missing.slice(i, i + READ_BATCH)
      const docs = await Promise.all(batch.map((a) => this.archive.read(a.id).catch(() => null)))
      docs.forEach((doc, j) => this.known.set(batch[j]!, doc ? sentenceGroups(doc) : []))
    }
    return articles.map((a) => this.known.get(a) ?? [])
  }
}
