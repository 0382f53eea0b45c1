import type { ConcordanceLine, ConcordanceResult } from '../ipc/concordance-contract'
import { kwicLines } from './kwic-line'

/** One article as a concordance reads it: from its shard or from the search index's record. */
export interface ConcordanceArticle {
  id: string
  title: string
  date: string | null
  versions: ReadonlyArray<{ id: string; lang: string; role: ConcordanceLine['role']; text: string }>
}

/** Earlier articles first, then by id: the order lines arrive in, whatever the index ranks. */
const byDate = (a: ConcordanceArticle, b: ConcordanceArticle) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id)

/**
 * The concordance of `needle` over the articles the index named: every occurrence counted,
 * the first `limit` cut into lines. `capped` says the index named only some of the articles
 * holding it, so the counts are lower bounds.
 */
export function collectConcordance(articles: readonly ConcordanceArticle[], needle: string, limit: number, capped: boolean): ConcordanceResult {
  const lines: ConcordanceLine[] = []
  let total = 0
  let found = 0
  for (const { id, title, date, versions } of [...articles].sort(byDate)) {
    let inArticle = 0
    for (const version of versions) {
      const kwic = kwicLines(version.text, needle, limit - lines.length)
      inArticle += kwic.count
      for (const line of kwic.lines) lines.push({ id, title, date, version: version.id, lang: version.lang, role: version.role, ...line })
    }
    total += inArticle
    if (inArticle > 0) found++
  }
  return { lines, total, articles: found, capped }
}
