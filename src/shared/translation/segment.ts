/**
 * Replaced by tr-core at merge: a stand-in with the spec's signature so that tr-model builds
 * alone (Intl.Segmenter sentences, paragraph breaks always ending a segment).
 */
import { segmentSentences as sentences } from '../segmentation/sentences'

export interface Span {
  start: number
  end: number
}

/** Sentence spans of a text, whitespace between sentences excluded, paragraph breaks always end a segment. */
export function segmentSentences(text: string, lang: string): Span[] {
  return sentences(text, lang).map(({ start, end }) => ({ start, end }))
}
