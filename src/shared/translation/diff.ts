// Replaced by tr-core at merge.
import { diffChars, diffWordsWithSpace } from 'diff'

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

/** Word-level diff MT → current (character level for Chinese and Japanese), with the `diff` package. */
export function diffText(before: string, after: string, lang: string): DiffPart[] {
  const changes = /^(zh|ja)\b/i.test(lang) ? diffChars(before, after) : diffWordsWithSpace(before, after)
  return changes.map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }))
}
