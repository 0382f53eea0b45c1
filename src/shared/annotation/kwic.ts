import { asCodePoint, codePointLength, sliceCodePoints, type CodePointOffset } from '../anchoring/code-points'
import { sentenceAround } from '../segmentation/sentences'

/** A mention in its sentence, split for display: left context, the keyword, right context. */
export interface Kwic {
  left: string
  keyword: string
  right: string
  /** The sentence's range in the text, in code points. */
  sentenceStart: CodePointOffset
  sentenceEnd: CodePointOffset
}

/**
 * Keyword in context for the entity page: the sentence around [start, end), trimmed to at
 * most `maxContext` code points on each side (with "…") so a run-on sentence from a
 * machine translation does not swamp the list.
 */
export function kwic(text: string, start: number, end: number, locale = 'en', maxContext = 120): Kwic {
  const from = asCodePoint(Math.max(0, Math.min(start, end)))
  const to = asCodePoint(Math.min(Math.max(start, end), codePointLength(text)))
  const sentence = sentenceAround(text, from, to, locale) ?? { start: from, end: to, text: '' }
  const sStart = Math.min(sentence.start, from)
  const sEnd = Math.max(sentence.end, to)
  let left = sliceCodePoints(text, asCodePoint(sStart), from)
  let right = sliceCodePoints(text, to, asCodePoint(sEnd))
  const leftPoints = [...left]
  if (leftPoints.length > maxContext) left = '…' + leftPoints.slice(-maxContext).join('')
  const rightPoints = [...right]
  if (rightPoints.length > maxContext) right = rightPoints.slice(0, maxContext).join('') + '…'
  return {
    left,
    keyword: sliceCodePoints(text, from, to),
    right,
    sentenceStart: asCodePoint(sStart),
    sentenceEnd: asCodePoint(sEnd)
  }
}
