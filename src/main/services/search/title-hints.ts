/**
 * Which article numbers may hold a term in their title or entity names: the ranking's bonus.
 * A word the index answers by itself need not open the article on its first ask, except the
 * few this lists (then the title and names are read to be sure). Append-only: a number keeps
 * terms its title or names lost, and replaced numbers stay listed, until `clear` (the index's
 * compaction) — a hint is never missing, only sometimes stale.
 */
export class TitleHints {
  private readonly byTerm = new Map<string, number[]>()

  add(num: number, terms: Iterable<string>): void {
    for (const term of terms) {
      const nums = this.byTerm.get(term)
      if (nums) nums.push(num)
      else this.byTerm.set(term, [num])
    }
  }

  /** A mark (1) by number on every article that may hold the term; `size` is above every number. */
  marks(term: string, size: number): Uint8Array {
    const marks = new Uint8Array(size)
    for (const num of this.byTerm.get(term) ?? []) marks[num] = 1
    return marks
  }

  clear(): void {
    this.byTerm.clear()
  }
}
