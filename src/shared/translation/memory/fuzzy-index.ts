import { sourceDiff } from './source-diff'
import { concordanceRanges, foldForSearch } from './concordance'
import { similarity } from './similarity'
import { baseLanguage, memoryTokens } from './tokens'
import type { ConcordanceHit, MemoryMatch, MemoryUnit } from './types'

/** Matches below this score are not offered (CAT tools' usual fuzzy threshold). */
export const MATCH_THRESHOLD = 0.7
const EPSILON = 1e-9

interface Slot {
  unit: MemoryUnit
  tokens: string[]
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
 * at least the threshold can lack at most ⌊(1−t)·n/t⌋ of the query's n tokens, so it shares at
 * least one of the rarest ⌊(1−t)·n/t⌋+1 distinct ones. Only those candidates of a plausible
 * length are scored, with the same scorer a linear scan would use.
 */
export class FuzzyIndex {
  private slots: (Slot | undefined)[] = []
  private readonly slotOf = new Map<string, number>()
  private postings = new Map<string, number[]>()
  private seen = new Uint32Array(0)
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
    this.postings = new Map()
    this.seen = new Uint32Array(0)
    this.dead = 0
  }

  /** Adds a unit, replacing one with the same id. */
  put(unit: MemoryUnit): void {
    this.remove(unit.id)
    const tokens = memoryTokens(unit.source, unit.sourceLang)
    const at = this.slots.length
    this.slots.push({ unit, tokens, pair: pairOf(unit), foldedSource: foldForSearch(unit.source), foldedTarget: foldForSearch(unit.target) })
    this.slotOf.set(unit.id, at)
    for (const token of new Set(tokens)) {
      const list = this.postings.get(token)
      if (list) list.push(at)
      else this.postings.set(token, [at])
    }
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
    const mayLack = Math.floor(((1 - t) * n) / t + EPSILON)
    const distinct = [...new Set(tokens)].sort((a, b) => (this.postings.get(a)?.length ?? 0) - (this.postings.get(b)?.length ?? 0))
    const probe = distinct.slice(0, mayLack + 1)
    const source = baseLanguage(query.sourceLang)
    const target = query.targetLang === undefined ? undefined : baseLanguage(query.targetLang)
    if (this.seen.length < this.slots.length) this.seen = new Uint32Array(this.slots.length * 2)
    const stamp = this.nextStamp()
    const found: { slot: Slot; score: number }[] = []
    for (const token of probe) {
      for (const at of this.postings.get(token) ?? []) {
        if (this.seen[at] === stamp) continue
        this.seen[at] = stamp
        const slot = this.slots[at]
        if (!slot) continue
        const m = slot.tokens.length
        if (m < t * n - EPSILON || m * t > n + EPSILON) continue
        const [from, to] = slot.pair.split('>')
        if (from !== source || (target !== undefined && to !== target)) continue
        if (query.exclude?.(slot.unit)) continue
        const score = similarity(tokens, slot.tokens)
        if (score >= t - EPSILON) found.push({ slot, score })
      }
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
