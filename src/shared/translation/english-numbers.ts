/** Digits and English number words in a text, with UTF-16 offsets (numbers.ts converts them). */

/** A number found in a text; offsets in UTF-16 here, in code points once extractNumbers answers. */
export interface NumberMention {
  value: number
  percent: boolean
  /** "20th", 第三: a rank, which a translation often words without a numeral (第三届 "the third"). */
  ordinal?: boolean
  start: number
  end: number
  text: string
}

type Kind = 'unit' | 'teen' | 'ten' | 'hundred' | 'scale'
const WORDS: Record<string, [number, Kind]> = {
  zero: [0, 'unit'], one: [1, 'unit'], two: [2, 'unit'], three: [3, 'unit'], four: [4, 'unit'], five: [5, 'unit'],
  six: [6, 'unit'], seven: [7, 'unit'], eight: [8, 'unit'], nine: [9, 'unit'], ten: [10, 'teen'], eleven: [11, 'teen'],
  twelve: [12, 'teen'], thirteen: [13, 'teen'], fourteen: [14, 'teen'], fifteen: [15, 'teen'], sixteen: [16, 'teen'],
  seventeen: [17, 'teen'], eighteen: [18, 'teen'], nineteen: [19, 'teen'], twenty: [20, 'ten'], thirty: [30, 'ten'],
  forty: [40, 'ten'], fifty: [50, 'ten'], sixty: [60, 'ten'], seventy: [70, 'ten'], eighty: [80, 'ten'], ninety: [90, 'ten'],
  hundred: [100, 'hundred'], thousand: [1e3, 'scale'], million: [1e6, 'scale'], billion: [1e9, 'scale'], trillion: [1e12, 'scale']
}
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9 }
/** Which kind of word may follow which inside one number ("twenty-four", "three thousand five hundred"). */
const FOLLOWS: Record<Kind, Kind[]> = {
  unit: ['hundred', 'scale'],
  teen: ['hundred', 'scale'],
  ten: ['unit', 'hundred', 'scale'],
  hundred: ['unit', 'teen', 'ten', 'scale'],
  scale: ['unit', 'teen', 'ten', 'hundred', 'scale']
}
const PERCENT = /^(?:\s*%|\s+per\s?cent\b|\s+pct\b)/iu
const DIGITS = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!,\d{3})(?:st|nd|rd|th)?/gu

function withPercent(text: string, found: NumberMention): NumberMention {
  const tail = PERCENT.exec(text.slice(found.end))
  if (!tail) return found
  const end = found.end + tail[0].length
  return { ...found, percent: true, end, text: text.slice(found.start, end) }
}

function digitNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = []
  for (const m of text.matchAll(DIGITS)) {
    let value = Number(m[0].replace(/,|st|nd|rd|th/g, ''))
    let end = m.index + m[0].length
    const scale = /^[\s-]*(hundred|thousand|million|billion|trillion|mn|bn)\b/iu.exec(text.slice(end))
    if (scale) {
      value *= SCALES[(scale[1] as string).toLowerCase()] as number
      end += scale[0].length
    }
    const ordinal = /(?:st|nd|rd|th)$/.test(m[0])
    found.push(withPercent(text, { value, percent: false, ...(ordinal ? { ordinal } : {}), start: m.index, end, text: text.slice(m.index, end) }))
  }
  return found
}

/** Most sentences have no number word: one test spares them the word-by-word walk. */
const ANY_NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(WORDS).join('|')})\\b`, 'iu')

function wordNumbers(text: string): NumberMention[] {
  if (!ANY_NUMBER_WORD.test(text)) return []
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }))
  const found: NumberMention[] = []
  let i = 0
  while (i < words.length) {
    const first = words[i] as (typeof words)[number]
    const entry = WORDS[first.word]
    const leadingA = first.word === 'a' && ['hundred', 'scale'].includes(WORDS[words[i + 1]?.word ?? '']?.[1] ?? '')
    if ((!entry || ['hundred', 'scale'].includes(entry[1])) && !leadingA) {
      i++
      continue
    }
    let total = 0
    let current = leadingA ? 1 : (entry as [number, Kind])[0]
    let last: Kind = leadingA ? 'unit' : (entry as [number, Kind])[1]
    let end = first.end
    let j = i + 1
    for (; j < words.length; j++) {
      let next = words[j] as (typeof words)[number]
      let gap = text.slice(end, next.start)
      // "one hundred and five": "and" joins only after hundred or a scale word.
      if (next.word === 'and' && (last === 'hundred' || last === 'scale') && /^\s+$/.test(gap) && words[j + 1]) {
        const after = words[j + 1] as (typeof words)[number]
        if (!/^\s+$/.test(text.slice(next.end, after.start))) break
        next = after
        gap = text.slice(end, next.start).replace(/\s+and\s+/, ' ')
      }
      const [value, kind] = WORDS[next.word] ?? [0, null]
      if (kind === null || !/^(?:\s+|-)$/.test(gap) || !FOLLOWS[last].includes(kind)) break
      if (kind === 'hundred') current = (current || 1) * 100
      else if (kind === 'scale') {
        total += (current || 1) * value
        current = 0
      } else current += value
      last = kind
      end = next.end
      if (next !== words[j]) j++
    }
    const value = total + current
    const start = first.start
    // A lone "one" is a pronoun or an article far more often than a number.
    if (!(j === i + 1 && first.word === 'one')) found.push(withPercent(text, { value, percent: false, start, end, text: text.slice(start, end) }))
    i = j
  }
  return found
}

/** Digits ("1,234.5", "35 million", "6.5%", "20th") and number words ("twenty-four", "a thousand"), in text order. */
export function parseEnglishNumbers(text: string): NumberMention[] {
  return [...digitNumbers(text), ...wordNumbers(text)].sort((a, b) => a.start - b.start)
}
