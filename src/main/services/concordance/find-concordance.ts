import { DEFAULT_LINES, MAX_ARTICLES, collectConcordance, concordanceNeedle, type ConcordanceArticle } from '@shared/concordance'
import type { ConcordanceResult } from '@shared/ipc/concordance-contract'
import { AppFailure } from '@shared/ipc/result'
import type { Archive } from '../../archive/archive'
import type { SearchService } from '../search/search-service'

const READ_BATCH = 16

/**
 * Every occurrence of a word or phrase across the archive's text versions (originals and
 * translations). Once the search index is ready, its worker answers from the texts it holds
 * (no shard is read); before that, the index names the articles holding the phrase and only
 * their shards are read. Both give the same lines.
 */
export async function findConcordance(archive: Archive, search: SearchService, query: string, limit = DEFAULT_LINES): Promise<ConcordanceResult> {
  const needle = concordanceNeedle(query)
  if (needle === '') throw new AppFailure('concordance.empty', 'Type a word or phrase to find', {}, 'query')
  return (await search.concordance(needle, limit)) ?? concordanceFromShards(archive, search, needle, limit)
}

/** The concordance from the shards of the articles the index names (before the index is ready; the bench's "before"). */
export async function concordanceFromShards(archive: Archive, search: SearchService, needle: string, limit: number): Promise<ConcordanceResult> {
  const found = await search.search({ query: `"${needle}"`, limit: MAX_ARTICLES })
  const articles: ConcordanceArticle[] = []
  const ids = found.hits.map((hit) => hit.id)
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    // An article deleted since the index answered is simply not there any more.
    const batch = await Promise.all(ids.slice(i, i + READ_BATCH).map((id) => archive.read(id).catch(() => null)))
    for (const doc of batch) if (doc) articles.push({ ...doc.article, versions: doc.versions })
  }
  return collectConcordance(articles, needle, limit, found.total > found.hits.length)
}
