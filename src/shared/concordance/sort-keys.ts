import { fold } from '../search/fold'
import { isUnspacedUnit, isWordUnit } from '../search/script'

/**
 * The words of a context, folded: runs of letters and digits, and each Chinese character on
 * its own (Chinese has no spaces, so a character is the unit a concordancer sorts by).
 * Punctuation and the "…" of a cut do not count.
 */
export function contextTokens(context: string): string[] {
  const text = fold(context)
  const tokens: string[] = []
  let word = ''
  for (const char of text) {
    const unit = char.charCodeAt(0)
    if (isUnspacedUnit(unit)) {
      if (word) tokens.push(word)
      word = ''
      tokens.push(char)
    } else if (isWordUnit(unit)) word += char
    else {
      if (word) tokens.push(word)
      word = ''
    }
  }
  if (word) tokens.push(word)
  return tokens
}

/** Left context read backwards from the match, as concordancers sort it: the word right before first. */
export const leftSortKey = (left: string): string[] => contextTokens(left).reverse()

/** Right context read forwards from the match. */
export const rightSortKey = (right: string): string[] => contextTokens(right)

/** Compares two keys token by token; a key that runs out first sorts first. */
export function compareKeys(a: readonly string[], b: readonly string[], collator: Intl.Collator): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const order = collator.compare(a[i] as string, b[i] as string)
    if (order !== 0) return order
  }
  return a.length - b.length
}
