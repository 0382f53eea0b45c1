import { asUtf16, createOffsetMap } from '../anchoring/code-points'

export interface Span { start: number; end: number } // code-point offsets, end exclusive

/** Titles: never the last word of a sentence, whatever follows ("Mr. Smith"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'sgt', 'sen', 'rep', 'gov', 'rev', 'hon', 'st', 'mt', 'vs'])
/** Abbreviations that announce a number ("No. 1", "Jan. 5"): ICU splits before a digit followed by a stop. */
const BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'vol', 'fig', 'p', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'ca'])
/**
 * After an initialism ("U.S.", "J.") a capitalised word usually continues the sentence ("the
 * U.S. Army"), unless it is one of the words sentences commonly start with.
 */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those',
  'there', 'but', 'and', 'or', 'so', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'as', 'then', 'however',
  'meanwhile', 'also', 'according', 'some', 'many', 'most', 'all', 'no', 'yes', 'what', 'who', 'how', 'why', 'last', 'next'
])

/** Closing quotes and brackets that belong to the sentence before them (after 。！？). */
const CLOSERS = '”’」』）)》】]〕'
/** Opening quotes and brackets that belong to the sentence after them. */
const OPENERS = '“‘「『（(《【[〔'

const segmenters = new Map<string, Intl.Segmenter>()
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
    segmenters.set(lang, segmenter)
  }
  return segmenter
}

/** Text segmented at once; V8's sentence iterator slows down more than linearly on long strings. */
const WINDOW = 4096
/** A cut this close to a window's end may depend on text past it, so it is decided in the next window. */
const MARGIN = 256

/** UTF-16 boundaries between ICU's sentences (each raw segment keeps its trailing spaces). */
function icuCuts(text: string, lang: string): number[] {
  const segmenter = sentenceSegmenter(lang)
  const cuts: number[] = []
  let from = 0
  let window = WINDOW
  for (;;) {
    const end = Math.min(text.length, from + window)
    const local: number[] = []
    for (const { index } of segmenter.segment(text.slice(from, end))) if (index > 0) local.push(from + index)
    if (end === text.length) return [...cuts, ...local]
    const settled = local.filter((cut) => cut <= end - MARGIN)
    if (settled.length === 0) {
      window *= 2
      continue
    }
    cuts.push(...settled)
    from = settled[settled.length - 1] as number
    window = WINDOW
  }
}

/** True when ICU's break between `before` (trimmed sentence) and `after` falls after an abbreviation. */
function endsWithAbbreviation(before: string, after: string): boolean {
  const word = /(?:^|[\s("“])((?:[\p{L}]\.)+|[\p{L}]+\.)$/u.exec(before)?.[1]
  if (!word) return false
  const bare = word.slice(0, -1).toLowerCase()
  const next = /^[\s"“(]*(\S*)/u.exec(after)?.[1] ?? ''
  if (next === '') return false
  if (TITLES.has(bare)) return /^[\p{L}\p{N}]/u.test(next)
  if (BEFORE_NUMBER.has(bare)) return /^\p{N}/u.test(next)
  // Initialisms: "U.S.", "e.g.", and single capital initials ("George W. Bush").
  if (!bare.includes('.') && !/^\p{Lu}\.$/u.test(word)) return false
  if (/^[\p{Ll}\p{N}]/u.test(next)) return true
  const nextWord = /^\p{L}+/u.exec(next)?.[0]?.toLowerCase() ?? ''
  return nextWord !== '' && !SENTENCE_STARTERS.has(nextWord)
}

/**
 * Sentence spans of a text (Intl.Segmenter + exception layer), whitespace between sentences
 * excluded, paragraph breaks always end a segment.
 */
export function segmentSentences(text: string, lang: string): Span[] {
  const cuts = icuCuts(text, lang)

  const kept: number[] = []
  let from = 0
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k] as number
    const gap = text.slice(from, cut)
    if (gap.slice(gap.trimEnd().length).includes('\n')) {
      kept.push(cut)
      from = cut
      continue
    }
    const moved = adjust(text, from, cut)
    const after = text.slice(moved, cuts[k + 1] ?? text.length)
    if (moved <= from || moved >= text.length || endsWithAbbreviation(text.slice(from, moved).trimEnd(), after)) continue
    kept.push(moved)
    from = moved
  }
  return toSpans(text, kept)
}

/**
 * Where an ICU cut belongs: after closing quotes/brackets that it left at the start of the
 * next segment ("。”"), and before opening ones it left at the end of the previous ("。（").
 */
function adjust(text: string, from: number, cut: number): number {
  let at = cut
  let probe = cut
  while (text[probe] === ' ' || text[probe] === '\u3000') probe++
  if (/[。！？!?…．.]$/u.test(text.slice(from, cut).trimEnd())) {
    while (probe < text.length && CLOSERS.includes(text[probe] as string)) at = ++probe
  }
  const content = from + text.slice(from, at).trimEnd().length
  let end = content
  while (end > from && OPENERS.includes(text[end - 1] as string)) end--
  return end < content ? end : at
}

/** Spans between cuts, whitespace trimmed and empty pieces dropped, in code points. */
function toSpans(text: string, cuts: number[]): Span[] {
  const map = createOffsetMap(text)
  const spans: Span[] = []
  let from = 0
  for (const to of [...cuts, text.length]) {
    const piece = text.slice(from, to)
    const lead = piece.length - piece.trimStart().length
    const trail = piece.trimEnd().length
    if (trail > lead) spans.push({ start: map.toCodePoint(asUtf16(from + lead)), end: map.toCodePoint(asUtf16(from + trail)) })
    from = to
  }
  return spans
}
