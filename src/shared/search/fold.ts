/**
 * Folding for search: case, diacritics, full-width forms and whitespace, one UTF-16 unit in
 * for one out. Keeping the length means an offset found in the folded text is the same
 * offset in the original, so snippets and highlights need no second mapping.
 */

const cache = new Map<number, string>()
const WHITESPACE = /\s/u
const MARK = /\p{M}/u

/** The folded form of one UTF-16 unit (a lone surrogate stays as it is). */
function foldUnit(unit: number): string {
  const known = cache.get(unit)
  if (known !== undefined) return known
  const char = String.fromCharCode(unit)
  let folded = char
  if (unit >= 0xd800 && unit <= 0xdfff) folded = char
  else if (WHITESPACE.test(char)) folded = ' '
  else {
    // NFKD splits "é" into "e" + accent and full-width "Ｈ" into "H"; keep the base when it is one unit.
    const base = [...char.normalize('NFKD')].filter((c) => !MARK.test(c)).join('').toLowerCase()
    const lower = char.toLowerCase()
    folded = base.length === 1 ? base : lower.length === 1 ? lower : char
  }
  cache.set(unit, folded)
  return folded
}

/** Lower case, without diacritics, full-width letters and digits as ASCII, every space one ' '. */
export function fold(text: string): string {
  let out = ''
  let plainFrom = 0
  let plain = true
  // Fast path: runs of lowercase ASCII letters, digits and punctuation are copied as they are.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const keep = (unit >= 0x21 && unit <= 0x7e && !(unit >= 0x41 && unit <= 0x5a)) || unit === 0x20
    if (keep) continue
    // Chinese characters fold to themselves: copy them like ASCII.
    if (unit >= 0x4e00 && unit <= 0x9fff) continue
    plain = false
    out += text.slice(plainFrom, i) + foldUnit(unit)
    plainFrom = i + 1
  }
  return plain ? text : out + text.slice(plainFrom)
}
