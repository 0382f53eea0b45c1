/** Facts about one clause in one article (0: nothing known yet). */
export const KNOWN = 1
export const HOLDS = 2
export const IN_TITLE = 4
export const IN_NAMES = 8

/**
 * What was found of each query text (a word, a phrase, in a field or anywhere) in each
 * article, by article number: whether it holds, and whether the title and the entity names
 * hold it (the ranking's bonus). A query asked after a change checks again only the article
 * that changed, not the thousands a common word or phrase matches. Kept for the last
 * `kept` texts asked.
 */
export class ClauseMemo {
  private readonly byText = new Map<string, Uint8Array>()

  constructor(private readonly kept = 64) {}

  /** The facts of one text by article number, with room for numbers below `size`. */
  of(key: string, size: number): Uint8Array {
    let facts = this.byText.get(key)
    if (facts && facts.length >= size) return facts
    if (!facts && this.byText.size >= this.kept) this.byText.clear()
    const grown = new Uint8Array(Math.max(1024, Math.ceil(size * 1.25)))
    if (facts) grown.set(facts)
    this.byText.set(key, (facts = grown))
    return facts
  }

  /** The article under this number changed: nothing is known of it any more. */
  forget(num: number): void {
    for (const facts of this.byText.values()) if (num < facts.length) facts[num] = 0
  }

  clear(): void {
    this.byText.clear()
  }
}
