import { isWholeWord } from '../segmentation/words'
import { chinesePatterns } from './patterns-zh'
import { englishPatterns } from './patterns-en'
import { longestFlat, type RawSpan } from './spans'

const HAN = /\p{Script=Han}/u

/**
 * Genre patterns for both languages, then one more pass: a name found once by its context
 * ("Kong Dehai, secretary…", "区委副书记陈文静") is suggested wherever else it occurs in
 * the same text ("Kong Dehai pointed out…"), and a place's stem ("Yanqiao" from
 * "Yanqiao City") likewise. Spans are UTF-16 and may overlap; the caller flattens them.
 */
export function patternSpans(text: string): RawSpan[] {
  const spans = HAN.test(text) ? [...chinesePatterns(text), ...englishPatterns(text)] : englishPatterns(text)
  return [...spans, ...repeats(text, longestFlat(spans))]
}

const STEM = /^(\p{Lu}[\p{Ll}’'-]+) (?:City|County|District|Town|Township)$/u

function repeats(text: string, found: readonly RawSpan[]): RawSpan[] {
  const names = new Map<string, string>()
  for (const span of found) {
    const exact = text.slice(span.start, span.end)
    if (span.type === 'PERSON') names.set(exact, 'PERSON')
    const stem = span.type === 'PLACE' ? STEM.exec(exact) : null
    if (stem?.[1]) names.set(stem[1], 'PLACE')
  }
  const out: RawSpan[] = []
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (isWholeWord(text, at, at + name.length)) out.push({ start: at, end: at + name.length, type })
    }
  }
  return out
}
