import type { Annotation } from '../model/annotation'
import { asUtf16, createOffsetMap, type CodePointOffset } from '../anchoring/code-points'
import { buildSelectors } from '../anchoring/selectors'
import { isWholeWord } from '../segmentation/words'

/** One proposed annotation, shown in the preview list to confirm or untick. */
export interface Occurrence {
  start: CodePointOffset
  end: CodePointOffset
  exact: string
  prefix: string
  suffix: string
}

export interface PropagationOptions {
  /** The type being propagated: ranges already tagged with it are skipped. */
  type: string
  /** The article's annotations (orphans are ignored: their offsets mean nothing). */
  annotations?: readonly Annotation[]
  /** Only annotations on this text version count; all when omitted. */
  source?: string
  /** Case-sensitive by default: "Lei Feng" and "lei feng" are not the same name. */
  caseSensitive?: boolean
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/** UTF-16 ranges of `needle` in `text`, without overlaps between themselves. */
function rawMatches(text: string, needle: string, caseSensitive: boolean): [number, number][] {
  const found: [number, number][] = []
  if (caseSensitive) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      found.push([at, at + needle.length])
    }
    return found
  }
  for (const m of text.matchAll(new RegExp(escapeRegex(needle), 'giu'))) {
    const at = m.index ?? 0
    found.push([at, at + m[0].length])
  }
  return found
}

/**
 * "Tag all occurrences": every place where `needle` occurs as whole words ("Lei Feng" but
 * not inside "Lei Fengs"; in Chinese, as a plain character sequence), minus the ranges
 * that already carry `type`, any overlap counting — so accepting the preview never
 * duplicates or nests an annotation of that type. Offsets are code points.
 */
export function findOccurrences(text: string, needle: string, options: PropagationOptions): Occurrence[] {
  const wanted = needle.trim()
  if (wanted.length === 0) return []
  const map = createOffsetMap(text)
  const taken = (options.annotations ?? [])
    .filter((a) => !a.orphan && a.type === options.type && (options.source === undefined || a.target.source === options.source))
    .map((a) => a.target.position)
  const out: Occurrence[] = []
  for (const [from, to] of rawMatches(text, wanted, options.caseSensitive ?? true)) {
    if (!isWholeWord(text, from, to)) continue
    const start = map.toCodePoint(asUtf16(from))
    const end = map.toCodePoint(asUtf16(to))
    if (taken.some((p) => start < p.end && p.start < end)) continue
    const { quote } = buildSelectors(text, start, end)
    out.push({ start, end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix })
  }
  return out
}
