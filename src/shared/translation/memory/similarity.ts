import { distance } from 'fastest-levenshtein'

/**
 * Levenshtein distance between two token lists. Each distinct token becomes one UTF-16 code
 * unit, so fastest-levenshtein (a bit-parallel string algorithm) does the work; a pair of
 * segments never has 65,536 distinct tokens.
 */
export function tokenDistance(a: readonly string[], b: readonly string[]): number {
  const codes = new Map<string, string>()
  const encode = (tokens: readonly string[]): string => {
    let out = ''
    for (const token of tokens) {
      let code = codes.get(token)
      if (code === undefined) codes.set(token, (code = String.fromCharCode(codes.size)))
      out += code
    }
    return out
  }
  return distance(encode(a), encode(b))
}

/** 1 for identical token lists, 0 for nothing in common: 1 − distance / longer length. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  return 1 - tokenDistance(a, b) / longer
}
