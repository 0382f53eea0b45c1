/** What the index holds under an article number. */
export const GONE = 0
export const LIVE = 1
/** Live, but its postings may hold terms it no longer has: every clause is checked against it. */
export const LOOSE = 2

/** `day` of an undated article (no date range holds it). */
export const UNDATED = -1
/** `day` of a date not in YYYY-MM-DD form: the general matcher decides. */
export const ODD_DATE = -2

const DAY = /^(\d{4})-(\d{2})-(\d{2})/

/** An ISO date as the number YYYYMMDD (so ranges compare as numbers), or UNDATED / ODD_DATE. */
export const dayOf = (date: string | null): number => {
  if (!date) return UNDATED
  const match = DAY.exec(date)
  return match ? Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]) : ODD_DATE
}

const grown = <T extends Uint8Array | Uint32Array | Int32Array>(array: T, size: number, make: (n: number) => T): T => {
  if (size <= array.length) return array
  const out = make(Math.max(size, Math.ceil(array.length * 1.5)))
  out.set(array)
  return out
}

/**
 * What a query reads of each article in its inner loops, by article number, in typed arrays:
 * whether the number is live, its facet codes and its day. Walking tens of thousands of
 * matches through these touches a few flat arrays instead of one scattered object (and its
 * own small array) per article, which at 50,000 articles cost most of a query.
 */
export class ArticleColumns {
  private states = new Uint8Array(1024)
  private days = new Int32Array(1024)
  private starts = new Uint32Array(1024)
  private lengths = new Uint32Array(1024)
  /** Every article's facet codes, each article's in one run; runs replaced are left behind until `repack`. */
  private pool = new Uint32Array(8192)
  private used = 0
  private live = 0

  state(num: number): number {
    return num < this.states.length ? (this.states[num] as number) : GONE
  }

  day(num: number): number {
    return this.days[num] as number
  }

  /** Sets what the index holds under `num` (its codes replace any it had). */
  set(num: number, state: number, codes: Uint32Array, day: number): void {
    this.grow(num + 1)
    this.drop(num)
    if (this.used + codes.length > this.pool.length) {
      if (this.live + codes.length <= this.pool.length / 2) this.repack()
      this.pool = grown(this.pool, this.used + codes.length, (n) => new Uint32Array(n))
    }
    this.pool.set(codes, this.used)
    this.states[num] = state
    this.days[num] = day
    this.starts[num] = this.used
    this.lengths[num] = codes.length
    this.used += codes.length
    this.live += codes.length
  }

  drop(num: number): void {
    if (num >= this.states.length) return
    this.live -= this.lengths[num] as number
    this.states[num] = GONE
    this.lengths[num] = 0
  }

  clear(): void {
    this.states.fill(GONE)
    this.lengths.fill(0)
    this.used = 0
    this.live = 0
  }

  /** Adds the article's facet codes into the tally. */
  count(tally: Uint32Array, num: number): void {
    const pool = this.pool
    for (let i = this.starts[num] as number, end = i + (this.lengths[num] as number); i < end; i++) {
      const code = pool[i] as number
      tally[code] = (tally[code] as number) + 1
    }
  }

  /** True when one of the article's codes is marked in `mask` (indexed by code). */
  hasCode(num: number, mask: Uint8Array): boolean {
    const pool = this.pool
    for (let i = this.starts[num] as number, end = i + (this.lengths[num] as number); i < end; i++) if (mask[pool[i] as number] === 1) return true
    return false
  }

  private grow(size: number): void {
    this.states = grown(this.states, size, (n) => new Uint8Array(n))
    this.days = grown(this.days, size, (n) => new Int32Array(n))
    this.starts = grown(this.starts, size, (n) => new Uint32Array(n))
    this.lengths = grown(this.lengths, size, (n) => new Uint32Array(n))
  }

  /** Moves the live runs together, dropping the replaced ones. */
  private repack(): void {
    const pool = new Uint32Array(this.pool.length)
    let at = 0
    for (let num = 0; num < this.states.length; num++) {
      const length = this.lengths[num] as number
      if (length === 0) continue
      const start = this.starts[num] as number
      pool.set(this.pool.subarray(start, start + length), at)
      this.starts[num] = at
      at += length
    }
    this.pool = pool
    this.used = at
  }
}
