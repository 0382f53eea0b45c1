import { asUtf16, createOffsetMap, type CodePointOffset, type OffsetMap } from '../anchoring/code-points'

/**
 * Scripts written without spaces: any run of their characters may hold a name, so a match
 * inside one needs no word boundary ("胡涛" inside "区委书记胡涛同志").
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
/** Characters that continue a word in spaced scripts (letters, marks, digits). */
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u

/** The code point ending at UTF-16 index `index` (the one just before it), or ''. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return ''
  const low = text.charCodeAt(index - 1)
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1
  return String.fromCodePoint(text.codePointAt(start) ?? 0)
}

/** The code point starting at UTF-16 index `index`, or ''. */
function charAt(text: string, index: number): string {
  const point = text.codePointAt(index)
  return point === undefined ? '' : String.fromCodePoint(point)
}

export const isUnspacedChar = (char: string): boolean => UNSPACED.test(char)
export const isWordChar = (char: string): boolean => WORD_CHAR.test(char)

/**
 * True when a word may start or end at UTF-16 index `index`: "Lei Feng" is a whole word in
 * "Lei Feng's diary" but not in "Lei Fengs"; between two Chinese characters there is
 * always a boundary, since Chinese names are plain character sequences.
 */
export function isWordBoundary(text: string, index: number): boolean {
  const before = charBefore(text, index)
  const after = charAt(text, index)
  if (before === '' || after === '') return true
  if (!isWordChar(before) || !isWordChar(after)) return true
  return isUnspacedChar(before) || isUnspacedChar(after)
}

/** True when text[start, end) (UTF-16) is whole words in the sense of `isWordBoundary`. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return isWordBoundary(text, start) && isWordBoundary(text, end)
}

export interface Word {
  start: CodePointOffset
  end: CodePointOffset
  text: string
}

/**
 * Word-like tokens in code points. Spaced scripts use Intl.Segmenter's word boundaries;
 * runs of Chinese (and other unspaced) characters are returned as one character sequence,
 * because dictionary segmentation splits unknown names ("胡涛" may become "胡" + "涛").
 */
export function segmentWords(text: string, locale = 'en', map: OffsetMap = createOffsetMap(text)): Word[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' })
  const words: Word[] = []
  let run: { start: number; end: number } | null = null
  const flush = (): void => {
    if (run === null) return
    words.push({
      start: map.toCodePoint(asUtf16(run.start)),
      end: map.toCodePoint(asUtf16(run.end)),
      text: text.slice(run.start, run.end)
    })
    run = null
  }
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      flush()
      continue
    }
    const unspaced = [...segment].every(isUnspacedChar)
    if (unspaced && run !== null && run.end === index) {
      run.end = index + segment.length
      continue
    }
    flush()
    run = { start: index, end: index + segment.length }
    if (!unspaced) flush()
  }
  flush()
  return words
}
