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
 * in rank order). Matches without a bonus arrive already in that order, so only the first
 * `limit` of them are kept, and only those with a bonus (few) are sorted: a word in 20,000
 * articles costs neither 20,000 objects nor their sort.
 */
export class TopHits<T> {
  private readonly plain: Array<Offered<T>> = []
  private readonly boosted: Array<Offered<T>> = []

  constructor(private readonly limit: number) {}

  offer(item: T, rank: number, score: number, boosted: boolean): void {
    if (boosted) this.boosted.push({ item, rank, score })
    else if (this.plain.length < this.limit) this.plain.push({ item, rank, score })
  }

  best(): Array<{ item: T; score: number }> {
    const boosted = this.boosted.sort((a, b) => b.score - a.score || a.rank - b.rank)
    const out: Array<{ item: T; score: number }> = []
    let b = 0
    let p = 0
    while (out.length < this.limit && (b < boosted.length || p < this.plain.length)) {
      const next = boosted[b]
      const plain = this.plain[p]
      const takeBoosted = next !== undefined && (plain === undefined || next.score > plain.score || (next.score === plain.score && next.rank < plain.rank))
      const taken = takeBoosted ? (boosted[b++] as Offered<T>) : (this.plain[p++] as Offered<T>)
      out.push({ item: taken.item, score: taken.score })
    }
    return out
  }
}
