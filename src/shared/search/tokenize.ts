import { isUnspacedUnit, isWordUnit } from './script'

/**
 * The one scanner of folded text into terms: the words of spaced scripts as they are, and for
 * Chinese (and other unspaced scripts) every pair of neighbouring characters. A one-character
 * run gives itself as a term only when `loneCharacters` is set (the index keeps it; a query
 * checks a lone character against the text itself).
 */
function scanTerms(folded: string, into: Set<string>, loneCharacters: boolean): Set<string> {
  let i = 0
  const n = folded.length
  while (i < n) {
    const unit = folded.charCodeAt(i)
    if (isUnspacedUnit(unit)) {
      let end = i + 1
      while (end < n && isUnspacedUnit(folded.charCodeAt(end))) end++
      if (loneCharacters && end - i === 1) into.add(folded[i] as string)
      for (let k = i; k + 1 < end; k++) into.add(folded.slice(k, k + 2))
      i = end
    } else if (isWordUnit(unit)) {
      let end = i + 1
      while (end < n && isWordUnit(folded.charCodeAt(end))) end++
      into.add(folded.slice(i, end))
      i = end
    } else i++
  }
  return into
}

/**
 * Index terms of a folded text. Bigrams make any sequence of two or more characters findable
 * wherever it stands, whatever a dictionary segmenter would have cut: 志愿 is found inside
 * 志愿服务, and 胡涛 inside 区委书记胡涛同志. A lone character (a one-character run) is kept as itself.
 */
export const indexTerms = (folded: string, into: Set<string> = new Set()): Set<string> => scanTerms(folded, into, true)

/**
 * The terms an index must hold for `folded` (a query word or phrase) to occur: its words, and
 * the bigrams of its Chinese runs. A lone Chinese character has no bigram: it gives no term
 * and is checked against the text itself.
 */
export const queryTerms = (folded: string): string[] => [...scanTerms(folded, new Set(), false)]

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/**
 * A bare query word as the words it holds. Chinese is typed without spaces, so a run of
 * Chinese is cut into words by Intl.Segmenter and each must occur (志愿服务 → 志愿 + 服务:
 * found where the text says 志愿者服务 too); quote it to ask for the exact sequence.
 * Other text stays one word ("covid-19").
 */
export function splitQueryWord(folded: string): string[] {
  if (![...folded].some((char) => isUnspacedUnit(char.charCodeAt(0)))) return folded.length > 0 ? [folded] : []
  const words: string[] = []
  let spaced = ''
  const flushSpaced = () => {
    if ([...spaced].some((char) => isWordUnit(char.charCodeAt(0)))) words.push(spaced)
    spaced = ''
  }
  for (const { segment } of segmenter.segment(folded)) {
    if (isUnspacedUnit(segment.charCodeAt(0))) {
      flushSpaced()
      words.push(segment)
    } else spaced += segment
  }
  flushSpaced()
  return words
}
