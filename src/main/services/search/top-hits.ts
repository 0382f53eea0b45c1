/** A match offered to TopHits: its place in the index's order and its score. */
interface Offered<T> {
  item: T
  rank: number
  score: number
}

/**
 * The best `limit` matches of a ranked query, offered in the index's order (rank 0 first).
 * A match's score is its base (falling with rank) plus a bonus for words in its title or
 * entity names; the order is the one a stable sort of every match by score would give (ties
 * in rank order). Matches of one bonus arrive already in that order, so only the first
 * `limit` of each bonus are kept, and only those (a few hundred) are sorted: a word in 20,000
 * articles, thousands of them with it in their titles, costs neither 20,000 objects nor their sort.
 */
export class TopHits<T> {
  /** By bonus level: the first `limit` matches offered with it. */
  private readonly levels: Array<Array<Offered<T>> | undefined> = []

  constructor(private readonly limit: number) {}

  /** `bonus`: a small whole number naming the match's bonus (0: none); equal bonuses, equal levels. */
  offer(item: T, rank: number, score: number, bonus: number): void {
    const level = this.levels[bonus] ?? (this.levels[bonus] = [])
    if (level.length < this.limit) level.push({ item, rank, score })
  }

  best(): Array<{ item: T; score: number }> {
    const kept = this.levels.flatMap((level) => level ?? [])
    kept.sort((a, b) => b.score - a.score || a.rank - b.rank)
    return kept.slice(0, this.limit).map(({ item, score }) => ({ item, score }))
  }
}
