import { findText, holdsTextGiven, type PreparedRecord } from '@shared/search'
import { GONE, LOOSE, type ArticleColumns } from './article-columns'
import { HOLDS, IN_NAMES, IN_TITLE, KNOWN, type ClauseMemo } from './clause-memo'
import { answeredByIndex, type TextClause } from './record-terms'
import type { TitleHints } from './title-hints'

/** What checkCandidates found: `count` matches, by article number, in parallel typed arrays. */
export interface TextMatches {
  count: number
  nums: Int32Array
  ranks: Int32Array
  scores: Float64Array
  /** The title and names bonus in half points (see TopHits). */
  bonuses: Uint16Array
}

/** What the check reads of the index. */
export interface CandidateSources {
  columns: ArticleColumns
  memo: ClauseMemo
  hints: TitleHints
  /** Above every article number. */
  size: number
  prepared(num: number): PreparedRecord
}

/**
 * Of the candidates the index found for the words (in its order), those holding every
 * positive text clause, each with its score: earlier in the index's order is better; a title
 * or an entity name holding the words, better still. What is found of each clause in each
 * article is kept in the ClauseMemo, so after a change only that article is opened again; a
 * word the index answers by itself opens an article only when TitleHints says its title or
 * names may hold it (for the bonus).
 */
export function checkCandidates(nums: ArrayLike<number>, positive: readonly TextClause[], from: CandidateSources): TextMatches {
  const { columns, size } = from
  const checked = positive.map((clause) => !answeredByIndex(clause))
  const facts = positive.map((c) => from.memo.of(`${c.field ?? ''}:${c.text}`, size))
  // Marked on a word's first unknown fact.
  const hinted: Array<Uint8Array | null> = positive.map(() => null)
  const length = nums.length
  const matches: TextMatches = { count: 0, nums: new Int32Array(length), ranks: new Int32Array(length), scores: new Float64Array(length), bonuses: new Uint16Array(length) }
  for (let rank = 0; rank < length; rank++) {
    const num = nums[rank] as number
    const state = columns.state(num)
    if (state === GONE) continue
    let bonus = 0
    let holds = true
    for (let c = 0; c < positive.length && holds; c++) {
      const known = facts[c] as Uint8Array
      let fact = known[num] as number
      if (fact === 0) {
        const clause = positive[c] as TextClause
        const answered = !(checked[c] || state === LOOSE)
        const open = !answered || (hinted[c] ??= from.hints.marks(clause.text, size))[num] === 1
        const p = open ? from.prepared(num) : null
        const inTitle = p !== null && findText(p.title, clause.text) !== null
        const inNames = p !== null && findText(p.names, clause.text) !== null
        const found = answered || holdsTextGiven(p as PreparedRecord, clause, inTitle, inNames)
        fact = KNOWN | (found ? HOLDS : 0) | (inTitle ? IN_TITLE : 0) | (inNames ? IN_NAMES : 0)
        known[num] = fact
      }
      holds = (fact & HOLDS) !== 0
      if (fact & IN_TITLE) bonus += 2
      if (fact & IN_NAMES) bonus += 1
    }
    if (!holds) continue
    const at = matches.count++
    matches.nums[at] = num
    matches.ranks[at] = rank
    matches.scores[at] = Math.round((1 - rank / Math.max(1, length) + bonus / 2) * 1000) / 1000
    matches.bonuses[at] = bonus
  }
  return matches
}
