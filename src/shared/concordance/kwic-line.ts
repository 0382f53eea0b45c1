import { findAllText } from '../search/find-text'
import { fold } from '../search/fold'
import { isUnspacedUnit, isWordUnit } from '../search/script'

/** One occurrence in one text version: the match with its left and right context. */
export interface KwicLine {
  /** Code points of the version's text, end exclusive. */
  start: number
  end: number
  /** The context, line breaks as spaces; "…" where the text goes on. */
  left: string
  match: string
  right: string
}

export interface KwicOptions {
  /** Context on each side in characters where the text beside the match is Chinese (or another unspaced script). */
  unspaced: number
  /** Context on each side in characters of spaced text, cut back to whole words. */
  spaced: number
}

export const KWIC_DEFAULTS: KwicOptions = { unspaced: 24, spaced: 64 }

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff
const flat = (text: string) => text.replace(/\s/g, ' ')

/** A Chinese (or other unspaced-script) character; past the BMP, the CJK extension planes. */
const isUnspacedPoint = (point: number | undefined) =>
  point !== undefined && (point > 0xffff ? point >= 0x20000 && point <= 0x3ffff : isUnspacedUnit(point))

/** The UTF-16 index `count` code points before `index` (or 0). */
function back(text: string, index: number, count: number): number {
  let at = index
  for (let n = 0; n < count && at > 0; n++) at -= at > 1 && isLow(text.charCodeAt(at - 1)) && isHigh(text.charCodeAt(at - 2)) ? 2 : 1
  return at
}

/** The UTF-16 index `count` code points after `index` (or the end). */
function ahead(text: string, index: number, count: number): number {
  let at = index
  for (let n = 0; n < count && at < text.length; n++) at += isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1
  return at
}

const SPACE = /\s/
/** Punctuation and spaces say nothing of the script: the nearest letter does. */
const isLetter = (point: number) => isUnspacedPoint(point) || isWordUnit(point > 0xffff ? 0xd800 : point)

/** The nearest letter (or Chinese character) before UTF-16 index `index`. */
function pointBefore(text: string, index: number): number | undefined {
  for (let at = index; at > 0; ) {
    at = back(text, at, 1)
    const point = text.codePointAt(at) as number
    if (isLetter(point)) return point
  }
  return undefined
}

/** The nearest letter (or Chinese character) from UTF-16 index `index` on. */
function pointFrom(text: string, index: number): number | undefined {
  for (let at = index; at < text.length; at = ahead(text, at, 1)) {
    const point = text.codePointAt(at) as number
    if (isLetter(point)) return point
  }
  return undefined
}

/**
 * The context before UTF-16 index `start`, in code points: where the text beside the match
 * is Chinese, `unspaced` characters; otherwise `spaced` characters cut back to whole words.
 */
export function leftContext(text: string, start: number, options: KwicOptions = KWIC_DEFAULTS): string {
  const unspaced = isUnspacedPoint(pointBefore(text, start))
  let from = back(text, start, unspaced ? options.unspaced : options.spaced)
  if (from > 0 && !unspaced && !SPACE.test(text.charAt(from - 1))) {
    // Drop the word cut in half (if there is a break to cut at).
    const space = text.slice(from, start).search(/\s/)
    if (space >= 0) from += space + 1
  }
  return (from > 0 ? '…' : '') + flat(text.slice(from, start))
}

/** The context after UTF-16 index `end`, counted and cut the same way. */
export function rightContext(text: string, end: number, options: KwicOptions = KWIC_DEFAULTS): string {
  const unspaced = isUnspacedPoint(pointFrom(text, end))
  let to = ahead(text, end, unspaced ? options.unspaced : options.spaced)
  if (to < text.length && !unspaced && !SPACE.test(text.charAt(to))) {
    const space = text.slice(end, to).search(/\s\S*$/)
    if (space > 0) to = end + space
  }
  return flat(text.slice(end, to)) + (to < text.length ? '…' : '')
}

/** Code points in text[0, index), counted from a known earlier point so a long text is walked once. */
function codePointCounter(text: string): (index: number) => number {
  let unit = 0
  let points = 0
  return (index) => {
    for (; unit < index; unit++) if (!isLow(text.charCodeAt(unit)) || !isHigh(text.charCodeAt(unit - 1))) points++
    return points
  }
}

/**
 * Every occurrence of `needle` (folded, see search/fold.ts) in `text`, left to right, as
 * keyword-in-context lines: whole words at its ends in spaced scripts, anywhere in Chinese,
 * case and diacritics ignored, as full-text search matches. At most `max` lines; `count` is
 * all of them.
 */
export function kwicLines(text: string, needle: string, max = Infinity, options: KwicOptions = KWIC_DEFAULTS): { lines: KwicLine[]; count: number } {
  const hits = findAllText(fold(text), needle)
  const toPoint = codePointCounter(text)
  const lines = hits.slice(0, max).map((hit) => ({
    start: toPoint(hit.start),
    end: toPoint(hit.end),
    left: leftContext(text, hit.start, options),
    match: flat(text.slice(hit.start, hit.end)),
    right: rightContext(text, hit.end, options)
  }))
  return { lines, count: hits.length }
}

/**
 * The needle a concordance query stands for: the query folded, quotes dropped, spaces made
 * one; empty when nothing is left to find.
 */
export function concordanceNeedle(query: string): string {
  return fold(query.replace(/["“”]/g, ' ')).trim().replace(/ +/g, ' ')
}
