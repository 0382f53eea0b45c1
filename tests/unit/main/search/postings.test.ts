import { Index } from 'flexsearch'
import { describe, expect, it } from 'vitest'
import { intersectPostings, MAX_TERMS, type Buckets } from '../../../../src/main/services/search/postings'

let seed = 11
/** A small deterministic generator (Park–Miller): the same documents on every run. */
const random = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647
const WORDS = 'lake river water supply park road school market bridge council'.split(' ')

/** A flexsearch index built as SearchIndex builds its own (terms already made, split on spaces). */
function flexWith(docs: string[][]): Index {
  const flex = new Index({ tokenize: 'strict', encode: (content: string) => (content === '' ? [] : content.split(' ')) })
  docs.forEach((terms, i) => flex.add(i + 1, terms.join(' ')))
  return flex
}
const bucketsOf = (flex: Index, term: string): Buckets => flex.search(term, { resolve: false }).result as Buckets

describe('intersectPostings', () => {
  it('finds what flexsearch finds, in flexsearch’s order, for one to four terms', () => {
    const docs = Array.from({ length: 400 }, () => [...new Set(Array.from({ length: 3 + Math.floor(random() * 40) }, () => WORDS[Math.floor(random() ** 2 * WORDS.length)] as string))])
    const flex = flexWith(docs)
    const asked = [['lake'], ['water', 'supply'], ['supply', 'water'], ['lake', 'river', 'road'], ['council', 'bridge', 'market', 'park'], ['lake', 'nowhere']]
    for (const terms of asked) {
      const ours = intersectPostings(terms.map((term) => bucketsOf(flex, term)), docs.length + 1)
      const theirs = flex.search(terms.join(' '), { limit: docs.length + 1 }) as number[]
      expect([...(ours ?? [])], terms.join(" ")).toEqual(theirs)
      if (terms.join() === "water,supply") expect(theirs).not.toEqual([...theirs].sort((a, b) => a - b))
      const holding = docs.flatMap((doc, i) => (terms.every((term) => doc.includes(term)) ? [i + 1] : []))
      expect([...(ours ?? [])].sort((a, b) => a - b)).toEqual(holding)
    }
  })

  it('counts a number listed twice under one term once', () => {
    // Bucket 0 of "lake" lists 1 twice (as flexsearch's append can): 1 does not hold "river".
    const lake: Buckets = [[1, 2, 1]]
    const river: Buckets = [[2], [3]]
    expect([...(intersectPostings([lake, river], 4) ?? [])]).toEqual([2])
    expect([...(intersectPostings([lake], 4) ?? [])]).toEqual([1, 2])
  })

  it('answers nothing when a term has no postings, and leaves too many terms to flexsearch', () => {
    expect(intersectPostings([[[1, 2]], []], 3)).toHaveLength(0)
    expect(intersectPostings(Array.from({ length: MAX_TERMS + 1 }, () => [[1]]), 2)).toBeNull()
    expect([...(intersectPostings(Array.from({ length: MAX_TERMS }, () => [[1]]), 2) ?? [])]).toEqual([1])
  })
})
