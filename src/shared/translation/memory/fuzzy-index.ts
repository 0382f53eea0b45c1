import { distance } from 'fastest-levenshtein'
import { concordanceRanges, foldForSearch } from './concordance'
import { sourceDiff } from './source-diff'
import { baseLanguage, memoryTokens } from './tokens'
import type { ConcordanceHit, MemoryMatch, MemoryUnit } from './types'

/** Matches below this score are not offered (CAT tools' usual fuzzy threshold). */
export const MATCH_THRESHOLD = 0.7
const EPSILON = 1e-9
/** Past this many candidates, counting every query token's list costs less than scoring them all. */
const COUNT_ALL_ABOVE = 64

interface Slot {
  unit: MemoryUnit
  /** The source's tokens, as ids of the index's dictionary. */
  ids: Int32Array
  /** Base source and target languages, `zh>en`. */
  pair: string
  foldedSource: string
  foldedTarget: string
}

export interface MatchQuery {
  text: string
  sourceLang: string
  /** Only units into this language; any when absent. */
  targetLang?: string
  /** How many matches at most (best first); 3 when absent. */
  limit?: number
  /** Leaves out units for which this answers true (the segment itself). */
  exclude?: (unit: MemoryUnit) => boolean
}

const pairOf = (unit: MemoryUnit): string => `${baseLanguage(unit.sourceLang)}>${baseLanguage(unit.targetLang)}`

/**
 * The memory's units with an inverted index from each token to the units holding it. A lookup
 * reads only the posting lists of the query's rarest tokens (prefix filtering): a unit scoring
 * at least the threshold t can lack at most ⌊(1−t)·n/t⌋ of the query's n tokens, so it holds
 * at least one of the rarest ⌊(1−t)·n/t⌋+1 distinct ones. When those lists give many
 * candidates, the other tokens' lists are counted too, and a candidate lacking more distinct
 * query tokens than the edits its length allows is dropped (each missing token costs an edit).
 * The rest, of a plausible length, are scored exactly as `similarity` scores (token
 * Levenshtein), so the index finds what a linear scan finds, only faster.
 */
export class FuzzyIndex {
  private slots: (Slot | undefined)[] = []
  private readonly slotOf = new Map<string, number>()
  private readonly dictionary = new Map<string, number>()
  private postings: number[][] = []
  private seen = new Uint32Array(0)
  /** Per slot, during a lookup: how many distinct query tokens it holds. */
  private hits = new Uint16Array(0)
  private stamp = 0
  private dead = 0

  get size(): number {
    return this.slotOf.size
  }

  /** Every unit, in no particular order. */
  *units(): IterableIterator<MemoryUnit> {
    for (const slot of this.slots) if (slot) yield slot.unit
  }

  /** Forgets every unit. */
  clear(): void {
    this.slots = []
    this.slotOf.clear()
    this.dictionary.clear()
    this.postings = []
    this.seen = new Uint32Array(0)
    this.hits = new Uint16Array(0)
    this.dead = 0
  }

  /** Adds a unit, replacing one with the same id. */
  put(unit: MemoryUnit): void {
    this.remove(unit.id)
    const tokens = memoryTokens(unit.source, unit.sourceLang)
    const ids = new Int32Array(tokens.length)
    for (let i = 0; i < tokens.length; i++) {
      let id = this.dictionary.get(tokens[i]!)
      if (id === undefined) {
        id = this.dictionary.size
        this.dictionary.set(tokens[i]!, id)
        this.postings.push([])
      }
      ids[i] = id
    }
    const at = this.slots.length
    this.slots.push({ unit, ids, pair: pairOf(unit), foldedSource: foldForSearch(unit.source), foldedTarget: foldForSearch(unit.target) })
    this.slotOf.set(unit.id, at)
    for (const id of new Set(ids)) this.postings[id]!.push(at)
  }

  remove(id: string): void {
    const at = this.slotOf.get(id)
    if (at === undefined) return
    this.slots[at] = undefined
    this.slotOf.delete(id)
    // Posting lists keep dead slots until they outnumber the living ones.
    if (++this.dead > 1024 && this.dead > this.slotOf.size) this.compact()
  }

  /** The units whose source is at least 70 % similar to `query.text`, best first. */
  match(query: MatchQuery): MemoryMatch[] {
    const tokens = memoryTokens(query.text, query.sourceLang)
    const n = tokens.length
    if (n === 0) return []
    const t = MATCH_THRESHOLD
    // Each distinct query token gets a one-character code; every other token is \0 (it equals no query token).
    const codes = new Map<number, string>()
    let queryCodes = ''
    const rarity: { id: number; count: number }[] = []
    for (const token of tokens) {
      const id = this.dictionary.get(token) ?? -1 - codes.size
      let code = codes.get(id)
      if (code === undefined) {
        code = String.fromCharCode(codes.size + 1)
        codes.set(id, code)
        rarity.push({ id, count: id < 0 ? 0 : this.postings[id]!.length })
      }
      queryCodes += code
    }
    const mayLack = Math.floor(((1 - t) * n) / t + EPSILON)
    const distinct = rarity.sort((a, b) => a.count - b.count)
    const source = baseLanguage(query.sourceLang)
    const target = query.targetLang === undefined ? undefined : baseLanguage(query.targetLang)
    if (this.seen.length < this.slots.length) {
      this.seen = new Uint32Array(this.slots.length * 2)
      this.hits = new Uint16Array(this.slots.length * 2)
    }
    const { seen, hits } = this
    const stamp = this.nextStamp()
    // Candidates: the units on the rarest tokens' lists, with how many distinct query tokens each holds.
    const candidates: number[] = []
    const probed = Math.min(distinct.length, mayLack + 1)
    for (let k = 0; k < probed; k++) {
      const id = distinct[k]!.id
      if (id < 0) continue
      const list = this.postings[id]!
      for (let i = 0; i < list.length; i++) {
        const at = list[i]!
        if (seen[at] === stamp) hits[at]!++
        else {
          seen[at] = stamp
          hits[at] = 1
          candidates.push(at)
        }
      }
    }
    // Count the other tokens too (only for candidates) when there are many candidates to weed out:
    // a unit lacking more distinct query tokens than the edits its length allows cannot match.
    const counted = candidates.length > COUNT_ALL_ABOVE
    if (counted) {
      for (let k = probed; k < distinct.length; k++) {
        const id = distinct[k]!.id
        if (id < 0) continue
        const list = this.postings[id]!
        for (let i = 0; i < list.length; i++) if (seen[list[i]!] === stamp) hits[list[i]!]!++
      }
    }
    const found: { slot: Slot; score: number }[] = []
    for (const at of candidates) {
      const slot = this.slots[at]
      if (!slot) continue
      const m = slot.ids.length
      if (m < t * n - EPSILON || m * t > n + EPSILON) continue
      const longer = Math.max(n, m)
      const maxEdits = Math.floor((1 - t) * longer + EPSILON)
      if (Math.abs(n - m) > maxEdits) continue
      if (counted && distinct.length - hits[at]! > maxEdits) continue
      const [from, to] = slot.pair.split('>')
      if (from !== source || (target !== undefined && to !== target)) continue
      if (query.exclude?.(slot.unit)) continue
      let candidate = ''
      for (const tokenId of slot.ids) candidate += codes.get(tokenId) ?? '\0'
      const score = 1 - distance(queryCodes, candidate) / longer
      if (score >= t - EPSILON) found.push({ slot, score })
    }
    return this.best(found, query.limit ?? 3).map(({ slot, score }) => ({
      unit: slot.unit,
      score,
      diff: sourceDiff(slot.unit.source, query.text, query.sourceLang)
    }))
  }

  /** Units whose source (or target) holds `text`, case-folded; newest first, at most `limit`. */
  concordance(text: string, side: 'source' | 'target', limit = 50): ConcordanceHit[] {
    const needle = foldForSearch(text.trim().replace(/\s+/g, ' '))
    if (needle === '') return []
    const hits: ConcordanceHit[] = []
    for (const slot of this.slots) {
      if (!slot) continue
      const ranges = concordanceRanges(side === 'source' ? slot.foldedSource : slot.foldedTarget, needle)
      if (ranges.length > 0) hits.push({ unit: slot.unit, side, ranges })
    }
    hits.sort((a, b) => b.unit.updatedAt.localeCompare(a.unit.updatedAt) || a.unit.id.localeCompare(b.unit.id))
    return hits.slice(0, limit)
  }

  /** Best first; of units with the same source and target only the newest, then the newest wins ties. */
  private best(found: { slot: Slot; score: number }[], limit: number): { slot: Slot; score: number }[] {
    found.sort((a, b) => b.score - a.score || b.slot.unit.updatedAt.localeCompare(a.slot.unit.updatedAt) || a.slot.unit.id.localeCompare(b.slot.unit.id))
    const kept: { slot: Slot; score: number }[] = []
    const pairs = new Set<string>()
    for (const entry of found) {
      const key = `${entry.slot.unit.source}\u0000${entry.slot.unit.target}`
      if (pairs.has(key)) continue
      pairs.add(key)
      kept.push(entry)
      if (kept.length === limit) break
    }
    return kept
  }

  private nextStamp(): number {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0)
      this.stamp = 1
    }
    return this.stamp
  }

  private compact(): void {
    const living = [...this.units()]
    this.clear()
    for (const unit of living) this.put(unit)
  }
}
