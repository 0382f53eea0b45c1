/**
 * Two kinds of offsets live in this app and mixing them is a silent bug on every emoji:
 * the stored model counts Unicode code points (as W3C Web Annotation and brat do), while
 * JavaScript strings, regexes and the DOM count UTF-16 code units. Branding the two number
 * types (in the manner of excalidraw's points) makes the compiler refuse to mix them.
 */
export type CodePointOffset = number & { readonly __brand: 'CodePointOffset' }
export type Utf16Index = number & { readonly __brand: 'Utf16Index' }

export const asCodePoint = (n: number): CodePointOffset => n as CodePointOffset
export const asUtf16 = (n: number): Utf16Index => n as Utf16Index

const SURROGATE = /[\uD800-\uDFFF]/

/** The last long text asked about: offsets are converted one segment or annotation at a time over the same text. */
let lastLong: { text: string; bmp: boolean } | undefined

/** True when every character is in the Basic Multilingual Plane, so both offsets coincide. */
export function isBmpOnly(text: string): boolean {
  if (text.length < 1024) return !SURROGATE.test(text)
  if (lastLong?.text !== text) lastLong = { text, bmp: !SURROGATE.test(text) }
  return lastLong.bmp
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/** Number of code points in `text` (a lone surrogate counts as one, as iteration does). */
export function codePointLength(text: string): CodePointOffset {
  if (isBmpOnly(text)) return asCodePoint(text.length)
  let count = 0
  for (let i = 0; i < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i++
    count++
  }
  return asCodePoint(count)
}

/** UTF-16 index of a code-point offset; offsets past the end clamp to the string's length. */
export function toUtf16Index(text: string, offset: CodePointOffset): Utf16Index {
  if (offset <= 0) return asUtf16(0)
  if (isBmpOnly(text)) return asUtf16(Math.min(offset, text.length))
  let count = 0
  let i = 0
  while (i < text.length && count < offset) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1
    count++
  }
  return asUtf16(i)
}

/**
 * Code-point offset of a UTF-16 index. An index that falls between the two halves of a
 * surrogate pair rounds down to the start of that character, so a span never splits one.
 */
export function toCodePointOffset(text: string, index: Utf16Index): CodePointOffset {
  if (index <= 0) return asCodePoint(0)
  const stop = Math.min(index, text.length)
  if (isBmpOnly(text)) return asCodePoint(stop)
  let count = 0
  let i = 0
  while (i < stop) {
    const pair = isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))
    if (pair && i + 1 === stop) break
    i += pair ? 2 : 1
    count++
  }
  return asCodePoint(count)
}

/** `text` between two code-point offsets (clamped), like String.slice for code points. */
export function sliceCodePoints(text: string, start: CodePointOffset, end?: CodePointOffset): string {
  const from = toUtf16Index(text, start)
  const to = end === undefined ? text.length : toUtf16Index(text, end)
  return to <= from ? '' : text.slice(from, to)
}

/**
 * Converts many offsets of one text in O(log n) each: it remembers where the astral
 * characters are instead of walking the string per call. Use it when a scan produces
 * many matches (suggestions, tag-all-occurrences); for BMP-only text it is the identity.
 */
export interface OffsetMap {
  readonly text: string
  toCodePoint(index: Utf16Index): CodePointOffset
  toUtf16(offset: CodePointOffset): Utf16Index
}

export function createOffsetMap(text: string): OffsetMap {
  if (isBmpOnly(text)) {
    const clamp = (n: number): number => Math.max(0, Math.min(n, text.length))
    return { text, toCodePoint: (i) => asCodePoint(clamp(i)), toUtf16: (o) => asUtf16(clamp(o)) }
  }
  // astral[k] = UTF-16 index of the k-th surrogate pair's high half.
  const astral: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) astral.push(i++)
  }
  const total = text.length - astral.length
  /** Number of entries of `astral` that are < limit. */
  const countBelow = (limit: number, shift: (k: number) => number): number => {
    let lo = 0
    let hi = astral.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (shift(mid) < limit) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return {
    text,
    toCodePoint(index) {
      const i = Math.max(0, Math.min(index, text.length))
      // Pairs wholly before i each shrink the count by one; a pair split by i rounds down.
      const whole = countBelow(i - 1, (k) => astral[k] as number)
      const split = astral[whole] === i - 1 ? 1 : 0
      return asCodePoint(i - whole - split)
    },
    toUtf16(offset) {
      const o = Math.max(0, Math.min(offset, total))
      // The k-th astral character starts at code point astral[k] - k.
      const before = countBelow(o, (k) => (astral[k] as number) - k)
      return asUtf16(o + before)
    }
  }
}
