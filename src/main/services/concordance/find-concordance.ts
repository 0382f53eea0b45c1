import { DEFAULT_LINES, MAX_ARTICLES, concordanceNeedle, kwicLines } from '@shared/concordance'
import type { ConcordanceLine, ConcordanceResult } from '@shared/ipc/concordance-contract'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import type { Archive } from '../../archive/archive'
import type { SearchService } from '../search/search-service'

const READ_BATCH = 16

/** Earlier articles first, then by id: the order lines arrive in, whatever the index ranks. */
const byDate = (a: ArticleDoc, b: ArticleDoc) => (a.article.date ?? '').localeCompare(b.article.date ?? '') || a.article.id.localeCompare(b.article.id)

/**
 * Every occurrence of a word or phrase across the archive's text versions (originals and
 * translations). The search index (in its worker) names the articles that hold the phrase;
 * only those shards are read, and the exact occurrences found in them.
 */
export async function findConcordance(archive: Archive, search: SearchService, query: string, limit = DEFAULT_LINES): Promise<ConcordanceResult> {
  const needle = concordanceNeedle(query)
  if (needle === '') throw new AppFailure('concordance.empty', 'Type a word or phrase to find', {}, 'query')
  const found = await search.search({ query: `"${needle}"`, limit: MAX_ARTICLES })
  const docs: ArticleDoc[] = []
  const ids = found.hits.map((hit) => hit.id)
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    // An article deleted since the index answered is simply not there any more.
    const batch = await Promise.all(ids.slice(i, i + READ_BATCH).map((id) => archive.read(id).catch(() => null)))
    for (const doc of batch) if (doc) docs.push(doc)
  }
  docs.sort(byDate)
  const lines: ConcordanceLine[] = []
  let total = 0
  let articles = 0
  for (const doc of docs) {
    const { id, title, date } = doc.article
    let inArticle = 0
    for (const version of doc.versions) {
      const found = kwicLines(version.text, needle, limit - lines.length)
      inArticle += found.count
      for (const line of found.lines) lines.push({ id, title, date, version: version.id, lang: version.lang, role: version.role, ...line })
    }
    total += inArticle
    if (inArticle > 0) articles++
  }
  return { lines, total, articles, capped: found.total > found.hits.length }
}
