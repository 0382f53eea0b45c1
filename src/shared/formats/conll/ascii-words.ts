/**
 * Intl.Segmenter's word segments of an ASCII-only text, found without ICU (several times
 * faster; CoNLL export spends most of its time here). Only the segments CoNLL keeps are given:
 * whitespace is left out. The rules are UAX #29's as ICU applies them to ASCII: letters,
 * digits and "_" join; "." "'" ":" join two letters (WB6/7: "U.S", "can't"); "." "'" "," ";"
 * join two digits (WB11/12: "1,000.50"); every other character is a segment of its own.
 * A test compares it with Intl.Segmenter over many random ASCII strings.
 */

export interface WordSegment {
  /** UTF-16 index in the text (the same as the code point index: the text is ASCII). */
  index: number
  segment: string
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isWordChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95
/** Between two letters: . ' : */
const joinsLetters = (c: number): boolean => c === 46 || c === 39 || c === 58
/** Between two digits: . ' , ; */
const joinsDigits = (c: number): boolean => c === 46 || c === 39 || c === 44 || c === 59
/** What String.prototype.trim removes in ASCII: tab, LF, VT, FF, CR, space. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13)

/** Where the word starting at `start` ends (exclusive). */
function wordEnd(text: string, start: number): number {
  let end = start + 1
  for (;;) {
    const next = text.charCodeAt(end)
    if (isWordChar(next)) {
      end += 1
      continue
    }
    const before = text.charCodeAt(end - 1)
    const after = text.charCodeAt(end + 1)
    const joined = (joinsLetters(next) && isLetter(before) && isLetter(after)) || (joinsDigits(next) && isDigit(before) && isDigit(after))
    if (!joined) return end
    end += 2
  }
}

/** The non-whitespace word segments of an ASCII text, in order. */
export function asciiWordSegments(text: string): WordSegment[] {
  const segments: WordSegment[] = []
  let index = 0
  while (index < text.length) {
    const c = text.charCodeAt(index)
    if (isWordChar(c)) {
      const end = wordEnd(text, index)
      segments.push({ index, segment: text.slice(index, end) })
      index = end
    } else {
      if (!isSpace(c)) segments.push({ index, segment: text[index]! })
      index += 1
    }
  }
  return segments
}
