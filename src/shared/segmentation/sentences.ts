import { asUtf16, createOffsetMap, type CodePointOffset, type OffsetMap } from '../anchoring/code-points'

/** One sentence, in code points; `text` excludes the trailing whitespace the segmenter keeps. */
export interface Sentence {
  start: CodePointOffset
  end: CodePointOffset
  text: string
}

/** One segmenter per locale: making one costs more than segmenting a short article. */
const segmenters = new Map<string, Intl.Segmenter>()
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale)
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })))
  return segmenter
}

/**
 * Sentences by Intl.Segmenter (ICU's rules: "。！？" end Chinese sentences, line breaks end
 * any sentence). The locale matters little for sentences; it is passed for abbreviations.
 */
export function segmentSentences(text: string, locale = 'en', map: OffsetMap = createOffsetMap(text)): Sentence[] {
  const sentences: Sentence[] = []
  for (const { segment, index } of sentenceSegmenter(locale).segment(text)) {
    const trimmed = segment.trimEnd()
    const lead = trimmed.length - trimmed.trimStart().length
    if (trimmed.length === lead) continue
    sentences.push({
      start: map.toCodePoint(asUtf16(index + lead)),
      end: map.toCodePoint(asUtf16(index + trimmed.length)),
      text: trimmed.slice(lead)
    })
  }
  return sentences
}

/**
 * The sentence containing the code-point offset (or the span [offset, end)), extended to
 * the following sentences when the span runs past one. Null when the offset is outside.
 */
export function sentenceAround(
  text: string,
  offset: CodePointOffset,
  end: CodePointOffset = offset,
  locale = 'en'
): Sentence | null {
  const sentences = segmentSentences(text, locale)
  const first = sentences.findIndex((s) => offset < s.end || (offset === s.end && end === offset))
  if (first === -1) return null
  let last = first
  while (last + 1 < sentences.length && (sentences[last] as Sentence).end < end) last++
  const a = sentences[first] as Sentence
  const b = sentences[last] as Sentence
  const from = Math.min(a.start, offset) as CodePointOffset
  const map = createOffsetMap(text)
  return { start: from, end: b.end, text: text.slice(map.toUtf16(from), map.toUtf16(b.end)) }
}
