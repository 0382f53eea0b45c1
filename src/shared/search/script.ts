/**
 * Which characters make words. Chinese, Japanese and other scripts written without spaces
 * are searched as character sequences (see tokenize.ts); the rest by words of letters,
 * marks and digits.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const WORD = /[\p{L}\p{M}\p{Nd}]/u

const unspacedCache = new Map<number, boolean>()
const wordCache = new Map<number, boolean>()

function cached(table: Map<number, boolean>, pattern: RegExp, unit: number): boolean {
  let known = table.get(unit)
  if (known === undefined) table.set(unit, (known = pattern.test(String.fromCharCode(unit))))
  return known
}

/** A Han (or other unspaced-script) character, by UTF-16 unit. */
export function isUnspacedUnit(unit: number): boolean {
  if (unit >= 0x4e00 && unit <= 0x9fff) return true
  if (unit < 0x2e80) return false
  return cached(unspacedCache, UNSPACED, unit)
}

/** A letter, mark or digit of a spaced script (or a surrogate half, kept inside words). */
export function isWordUnit(unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a)
  if (unit >= 0xd800 && unit <= 0xdfff) return true
  if (isUnspacedUnit(unit)) return false
  return cached(wordCache, WORD, unit)
}

/**
 * True when a match may start or end at `index` of `text`: between a word character and a
 * non-word one, or next to an unspaced-script character (Chinese has no word boundaries to
 * respect: 志愿 matches inside 志愿服务).
 */
export function isBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true
  const before = text.charCodeAt(index - 1)
  const after = text.charCodeAt(index)
  if (!isWordUnit(before) || !isWordUnit(after)) return true
  return false
}
