import { collectConcordance, MAX_ARTICLES, type ConcordanceArticle } from '@shared/concordance'
import type { ConcordanceResult } from '@shared/ipc/concordance-contract'
import type { SearchQuery, SearchRecord } from '@shared/search'
import type { RecordTable } from './record-table'
import type { SearchIndex } from './search-index'

const asArticle = (record: SearchRecord): ConcordanceArticle => ({
  id: record.id,
  title: record.title,
  date: record.date,
  versions: record.texts.map((text) => ({ id: text.versionId, lang: text.lang, role: text.role, text: text.text }))
})

/**
 * The concordance answered inside the search worker: the index names the articles holding
 * the phrase (`query`, the needle quoted) and their texts come from the records it already
 * holds, so no shard is read. The same articles as the shard path: every match while there
 * are at most MAX_ARTICLES of them, else the best ranked MAX_ARTICLES (`capped`).
 */
export function concordanceFromIndex(index: SearchIndex, records: RecordTable, query: SearchQuery, needle: string, limit: number): ConcordanceResult {
  const matched = index.query(query, { limit: 1, facets: false, ids: true })
  const capped = matched.total > MAX_ARTICLES
  const ids = capped ? index.query(query, { limit: MAX_ARTICLES, facets: false }).hits.map((hit) => hit.id) : (matched.ids ?? [])
  const articles: ConcordanceArticle[] = []
  for (const id of ids) {
    const record = records.get(id)
    if (record) articles.push(asArticle(record))
  }
  return collectConcordance(articles, needle, limit, capped)
}
