/** One term's postings as flexsearch keeps them: article numbers by score bucket, best bucket first. */
export type Buckets = ReadonlyArray<ReadonlyArray<number> | null | undefined>

/** Terms one intersection can follow with a bit each. */
export const MAX_TERMS = 30

/**
 * The article numbers found under every term, in the order flexsearch's own search gives
 * them (bucket by bucket, each bucket term by term, an article placed when its last term is
 * met), so ranking stays as it was. flexsearch counts each number in a plain object and
 * keeps an array for every partial count: with two terms in 25,000 articles each (Chinese
 * bigrams, two common words) that cost more than the rest of a query. Here one bit a term in
 * one typed array; a number listed twice under one term (flexsearch's append can do that)
 * counts once. `size` is above every number; null for more than MAX_TERMS terms.
 */
export function intersectPostings(lists: readonly Buckets[], size: number): Int32Array | null {
  const terms = lists.length
  if (terms > MAX_TERMS) return null
  let fewest = Infinity
  let depth = 0
  for (const buckets of lists) {
    let listed = 0
    for (const ids of buckets) listed += ids ? ids.length : 0
    fewest = Math.min(fewest, listed)
    depth = Math.max(depth, buckets.length)
  }
  if (terms === 0 || fewest === 0) return new Int32Array(0)
  const full = 2 ** terms - 1
  const seen = new Int32Array(size)
  const out = new Int32Array(fewest)
  let count = 0
  for (let y = 0; y < depth; y++) {
    for (let x = 0; x < terms; x++) {
      const ids = (lists[x] as Buckets)[y]
      if (!ids) continue
      const bit = 1 << x
      for (let z = 0; z < ids.length; z++) {
        const id = ids[z] as number
        const had = seen[id] as number
        if (had & bit) continue
        seen[id] = had | bit
        if ((had | bit) === full) out[count++] = id
      }
    }
  }
  return out.subarray(0, count)
}
