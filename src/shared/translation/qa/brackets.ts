import { type RowCheck } from './types'

/** Bracket and quote pairs by kind, so that a Chinese 「」 answers an English “”. */
const PAIRS: Record<string, [string, string][]> = {
  round: [['(', ')'], ['（', '）']],
  square: [['[', ']'], ['【', '】'], ['〔', '〕']],
  curly: [['{', '}']],
  title: [['《', '》'], ['〈', '〉']],
  quote: [['“', '”'], ['「', '」'], ['『', '』']]
}

/** Unmatched bracket and quote characters, by kind ('"' unmatched when their count is odd). */
function unmatched(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const add = (kind: string, char: string): void => {
    found.set(kind, [...(found.get(kind) ?? []), char])
  }
  for (const [kind, pairs] of Object.entries(PAIRS)) {
    const stack: string[] = []
    for (const char of text) {
      if (pairs.some(([open]) => open === char)) stack.push(char)
      const pair = pairs.find(([, close]) => close === char)
      if (pair === undefined) continue
      if (stack[stack.length - 1] === pair[0]) stack.pop()
      else add(kind, char)
    }
    for (const char of stack) add(kind, char)
  }
  if (((text.match(/"/g) ?? []).length & 1) === 1) add('quote', '"')
  return found
}

/**
 * Unbalanced brackets and quotes in the target, by kind, unless the source is unbalanced
 * in the same kind (a quotation running over several sentences opens in one and closes in another).
 */
export const bracketsCheck: RowCheck = (row) => {
  const target = unmatched(row.target)
  if (target.size === 0) return []
  const source = row.source === null ? new Map<string, string[]>() : unmatched(row.source)
  const chars = [...target].filter(([kind]) => !source.has(kind)).flatMap(([, list]) => list)
  return chars.length === 0 ? [] : [{ chars: chars.join(' ') }]
}
