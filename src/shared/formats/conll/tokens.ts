import { asUtf16, createOffsetMap } from '../../anchoring/code-points'
import { segmentSentences } from '../../segmentation/sentences'
import { asciiWordSegments, isAscii, type WordSegment } from './ascii-words'

/** A token in code points of the version's text. */
export interface Token {
  start: number
  end: number
  text: string
}

const segmenters = new Map<string, Intl.Segmenter>()
function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang)
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })))
  return segmenter
}

/** Word segments without whitespace; ASCII text takes a path that gives Intl's segments without ICU. */
function wordSegments(slice: string, lang: string): Iterable<WordSegment> {
  if (isAscii(slice)) return asciiWordSegments(slice)
  return [...wordSegmenter(lang).segment(slice)].filter(({ segment }) => segment.trim() !== '')
}

/** Cuts a token at each boundary strictly inside it, so no token straddles a mention's edge. */
function cut(token: Token, boundaries: readonly number[]): Token[] {
  const inside = boundaries.filter((b) => b > token.start && b < token.end)
  if (inside.length === 0) return [token]
  const points = [...token.text]
  const edges = [token.start, ...inside, token.end]
  return edges.slice(1).map((end, i) => ({ start: edges[i]!, end, text: points.slice(edges[i]! - token.start, end - token.start).join('') }))
}

/**
 * Sentences of tokens, for CoNLL. Sentences are the project's (segmentSentences); tokens are
 * Intl.Segmenter's word segments (ASCII: see ascii-words), whitespace dropped and punctuation kept (Chinese is cut by
 * its dictionary), further cut at every mention boundary. Sentences that a kept mention runs
 * across are joined, so a mention never spans the blank line between two sentences.
 */
export function tokenSentences(text: string, lang: string, spans: readonly { start: number; end: number }[]): Token[][] {
  const map = createOffsetMap(text)
  const boundaries = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b)
  const sentences: { start: number; end: number }[] = []
  for (const sentence of segmentSentences(text, lang, map)) {
    const last = sentences[sentences.length - 1]
    const crossed = last !== undefined && spans.some((s) => s.start < last.end && s.end > sentence.start)
    if (crossed) last.end = sentence.end
    else sentences.push({ start: sentence.start, end: sentence.end })
  }
  return sentences.map(({ start, end }) => {
    const from = map.toUtf16(start as never)
    const slice = text.slice(from, map.toUtf16(end as never))
    const tokens: Token[] = []
    for (const { segment, index } of wordSegments(slice, lang)) {
      const tokenStart = map.toCodePoint(asUtf16(from + index))
      const token = { start: tokenStart, end: map.toCodePoint(asUtf16(from + index + segment.length)), text: segment }
      tokens.push(...cut(token, boundaries))
    }
    return tokens
  })
}
