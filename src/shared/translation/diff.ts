import { diffArrays } from 'diff'
import { wordPieces } from './tokens'

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

/**
 * Word-level (Chinese: Intl.Segmenter word/character level) diff MT → current, using the
 * `diff` npm package. Whitespace is diffed as its own pieces, so the 'same' and 'removed'
 * parts give `before` back and the 'same' and 'added' parts give `after`.
 */
export function diffText(before: string, after: string, lang: string): DiffPart[] {
  const parts: DiffPart[] = []
  for (const change of diffArrays(wordPieces(before, lang), wordPieces(after, lang))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const text = change.value.join('')
    const last = parts[parts.length - 1]
    if (last?.kind === kind) last.text += text
    else if (text !== '') parts.push({ kind, text })
  }
  return parts
}
