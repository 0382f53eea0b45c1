import type { Annotation, TextVersion } from '../../model'
import { versionStems } from '../interchange/version-stems'
import type { FormatFile, FormatInput } from '../interchange/types'
import { tokenSentences } from './tokens'

export interface ConllVersion {
  text: string
  /** Mentions IOB2 cannot hold: each overlaps a longer one that was kept. */
  dropped: Annotation[]
}

/**
 * IOB2 gives each token one tag, so overlapping mentions cannot all be kept: the longer
 * (outer) wins, ties to the earlier; every mention overlapping a kept one is dropped (and
 * reported in `dropped`). Orphans are left out. article.json and the other formats keep them all.
 */
function keptMentions(annotations: readonly Annotation[]): { kept: Annotation[]; dropped: Annotation[] } {
  const byLength = [...annotations].sort((a, b) => {
    const la = a.target.position.end - a.target.position.start
    const lb = b.target.position.end - b.target.position.start
    return lb - la || a.target.position.start - b.target.position.start
  })
  const kept: Annotation[] = []
  const dropped: Annotation[] = []
  for (const mention of byLength) {
    const { start, end } = mention.target.position
    const clash = kept.some((k) => start < k.target.position.end && end > k.target.position.start)
    ;(clash ? dropped : kept).push(mention)
  }
  return { kept, dropped }
}

/** One version as CoNLL IOB2: `token<TAB>tag` per line, a blank line after each sentence. */
export function conllVersion(version: TextVersion, annotations: readonly Annotation[]): ConllVersion {
  const mine = annotations.filter((a) => a.target.source === version.id && !a.orphan && a.target.position.end > a.target.position.start)
  const { kept, dropped } = keptMentions(mine)
  const spans = kept.map((a) => ({ start: a.target.position.start, end: a.target.position.end, type: a.type }))
  const lines: string[] = []
  for (const sentence of tokenSentences(version.text, version.lang, spans)) {
    let open: (typeof spans)[number] | undefined
    for (const token of sentence) {
      const span = spans.find((s) => token.start >= s.start && token.end <= s.end)
      const tag = span === undefined ? 'O' : `${span === open ? 'I' : 'B'}-${span.type}`
      open = span
      lines.push(`${token.text}\t${tag}`)
    }
    if (sentence.length > 0) lines.push('')
  }
  return { text: lines.join('\n'), dropped }
}

/** `<lang>.conll` per text version (stems as in versionStems). */
export function conllFiles(input: FormatInput): FormatFile[] {
  const stems = versionStems(input.doc.versions)
  return input.doc.versions.map((version) => ({ path: `${stems.get(version.id)!}.conll`, text: conllVersion(version, input.doc.annotations).text }))
}
