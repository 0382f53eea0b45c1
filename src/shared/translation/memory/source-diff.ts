import { diffArrays } from 'diff'
import type { DiffPart } from '../diff'
import { wordPieces } from '../tokens'

const CJK_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** Word pieces, whitespace kept (so they join back to the text), CJK words split into characters as the scorer does. */
function pieces(text: string, lang: string): string[] {
  return wordPieces(text, lang).flatMap((piece) => (CJK_WORD.test(piece) ? Array.from(piece) : [piece]))
}

/**
 * What differs between a match's source and the segment, compared as the scorer compares
 * (case-folded, CJK by character): `same` and `removed` parts give the match's source back,
 * `added` parts are the segment's words the match lacks.
 */
export function sourceDiff(matchSource: string, segment: string, lang: string): DiffPart[] {
  const before = pieces(matchSource, lang)
  const after = pieces(segment, lang)
  const changes = diffArrays(before, after, { comparator: (a, b) => a.toLocaleLowerCase() === b.toLocaleLowerCase() })
  const parts: DiffPart[] = []
  let inBefore = 0
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const count = change.count ?? change.value.length
    // A common run is shown as the match writes it.
    const text = kind === 'same' ? before.slice(inBefore, inBefore + count).join('') : change.value.join('')
    if (kind !== 'added') inBefore += count
    const last = parts[parts.length - 1]
    if (last?.kind === kind) last.text += text
    else if (text !== '') parts.push({ kind, text })
  }
  return parts
}
