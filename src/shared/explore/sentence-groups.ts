import type { ArticleDoc } from '../model'
import { segmentSentences } from '../segmentation'

/** Index of the first sentence ending after `offset` (sentences are in order); past the last, their count. */
function firstEndingAfter(sentences: readonly { end: number }[], offset: number): number {
  let low = 0
  let high = sentences.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (sentences[mid]!.end > offset) high = mid
    else low = mid + 1
  }
  return low
}

/**
 * The entities each sentence of an article mentions (sentence mode of the co-occurrence
 * graph): one group per sentence holding at least one linked mention. A mention counts in
 * the sentence its start lies in; orphans have no place any more and count nowhere.
 */
export function sentenceGroups(doc: ArticleDoc): string[][] {
  const groups: string[][] = []
  for (const version of doc.versions) {
    const linked = doc.annotations.filter((a) => a.entity !== null && !a.orphan && a.target.source === version.id)
    if (linked.length === 0) continue
    const sentences = segmentSentences(version.text, version.lang)
    const bySentence = new Map<number, string[]>()
    for (const annotation of linked) {
      const start = annotation.target.position.start
      const key = firstEndingAfter(sentences, start)
      bySentence.set(key, [...(bySentence.get(key) ?? []), annotation.entity as string])
    }
    groups.push(...bySentence.values())
  }
  return groups
}
