import { isBoundary, isWordUnit } from './script'

/** Where a folded needle occurs in a folded text: UTF-16 start and end. */
export interface TextHit {
  start: number
  end: number
}

const splitNeedles = new Map<string, string[]>()

/** A needle's words; split once (a phrase is tried on thousands of candidates), a lone word never. */
function partsOf(needle: string): string[] {
  if (!needle.includes(' ')) return [needle]
  let parts = splitNeedles.get(needle)
  if (!parts) {
    if (splitNeedles.size >= 64) splitNeedles.clear()
    splitNeedles.set(needle, (parts = needle.split(' ').filter((part) => part !== '')))
  }
  return parts
}

/**
 * The first occurrence of `needle` in `text` at or after `from`, both folded: whole words at
 * its ends (Chinese needs none), and any run of spaces in the text where the needle has one.
 */
export function findText(text: string, needle: string, from = 0): TextHit | null {
  const parts = partsOf(needle)
  const first = parts[0]
  if (first === undefined) return null
  const wordStart = isWordUnit(first.charCodeAt(0))
  const last = parts[parts.length - 1] as string
  const wordEnd = isWordUnit(last.charCodeAt(last.length - 1))
  let at = text.indexOf(first, from)
  while (at >= 0) {
    const end = matchRest(text, at + first.length, parts)
    if (end >= 0 && (!wordStart || isBoundary(text, at)) && (!wordEnd || isBoundary(text, end))) return { start: at, end }
    at = text.indexOf(first, at + 1)
  }
  return null
}

/** The end of parts[1..] following at `index`, each after one or more spaces; -1 when they do not. */
function matchRest(text: string, index: number, parts: string[]): number {
  let i = index
  for (let p = 1; p < parts.length; p++) {
    if (text.charCodeAt(i) !== 0x20) return -1
    while (text.charCodeAt(i) === 0x20) i++
    const part = parts[p] as string
    if (!text.startsWith(part, i)) return -1
    i += part.length
  }
  return i
}

/** Every occurrence, left to right, without overlaps; at most `max`. */
export function findAllText(text: string, needle: string, max = Infinity): TextHit[] {
  const hits: TextHit[] = []
  let from = 0
  while (hits.length < max) {
    const hit = findText(text, needle, from)
    if (!hit) break
    hits.push(hit)
    from = Math.max(hit.end, hit.start + 1)
  }
  return hits
}
