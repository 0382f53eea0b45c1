/**
 * Replaced by tr-core at merge: a stand-in with the spec's signature (word-level Levenshtein
 * distance over Intl.Segmenter tokens, without shifts) so that tr-model builds alone.
 */

function tokens(text: string, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' })
  const out: string[] = []
  for (const { segment } of segmenter.segment(text)) if (segment.trim().length > 0) out.push(segment)
  return out
}

/** Edits from MT to post-edit over the post-edit's token count; 0 when equal; null when both empty. */
export function hter(mt: string, postEdit: string, lang: string): number | null {
  const a = tokens(mt, lang)
  const b = tokens(postEdit, lang)
  if (a.length === 0 && b.length === 0) return null
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  const edits = previous[b.length]!
  return b.length === 0 ? edits : edits / b.length
}
