import { PairCounts } from '@shared/explore'
import type { IndexedArticle } from '../annotation/mention-index'

/** What one article adds to the counts: its linked mentions of known entities, per entity. */
interface Contribution {
  article: IndexedArticle
  own: Map<string, number>
  /** The last sync that found the article in the index. */
  seen: number
}

const add = (counts: Map<string, number>, key: string, by: number) => {
  const next = (counts.get(key) ?? 0) + by
  if (next === 0) counts.delete(key)
  else counts.set(key, next)
}

/**
 * The co-occurrence counts of the mention index, for one set of known (registry) entities,
 * kept up to date article by article: the mention index replaces an article's entry whenever
 * the article changes, so `sync` finds the changed ones by identity, takes back what their old
 * entry added and adds the new one. An edit costs one pass of identity checks, not a recount
 * of every pair.
 */
export class GraphCounts {
  /** Linked mentions per entity, and articles with at least one. */
  readonly mentions = new Map<string, number>()
  readonly articles = new Map<string, number>()
  /** Linked mentions of known entities per article. */
  readonly linked = new Map<string, number>()
  /** Pairs of entities in the same article. */
  readonly pairs = new PairCounts()
  private readonly byArticle = new Map<string, Contribution>()
  private syncs = 0

  constructor(readonly known: ReadonlySet<string>) {}

  /** Brings the counts up to the index's articles now. */
  sync(articles: Iterable<IndexedArticle>): void {
    const seen = ++this.syncs
    let present = 0
    for (const article of articles) {
      present++
      const known = this.byArticle.get(article.id)
      if (known?.article === article) {
        known.seen = seen
        continue
      }
      if (known) this.apply(known, -1)
      const next = { article, own: this.ownOf(article), seen }
      this.byArticle.set(article.id, next)
      this.apply(next, 1)
    }
    if (present === this.byArticle.size) return
    for (const [id, contribution] of this.byArticle) {
      if (contribution.seen === seen) continue
      this.apply(contribution, -1)
      this.byArticle.delete(id)
    }
  }

  private ownOf(article: IndexedArticle): Map<string, number> {
    const own = new Map<string, number>()
    for (const { entity } of article.annotations) if (entity !== null && this.known.has(entity)) own.set(entity, (own.get(entity) ?? 0) + 1)
    return own
  }

  private apply({ article, own }: Contribution, by: 1 | -1): void {
    if (own.size === 0) return
    let total = 0
    for (const [entity, count] of own) {
      total += count
      add(this.mentions, entity, by * count)
      add(this.articles, entity, by)
    }
    add(this.linked, article.id, by * total)
    this.pairs.countGroup(own.keys(), by)
  }
}
