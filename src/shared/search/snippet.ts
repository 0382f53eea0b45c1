import { findAllText, type TextHit } from './find-text'
import { isUnspacedUnit } from './script'

/** Keyword in context: a piece of one text version with the matches marked. */
export interface Snippet {
  versionId: string
  lang: string
  /** The piece, "…" where it was cut; line breaks become spaces, nothing is inserted. */
  text: string
  /** Matches, in code points of `text`, end exclusive. */
  highlights: Array<[number, number]>
}

export interface SnippetOptions {
  /** At most this many snippets per article. */
  max: number
  /** Code units of context on each side of a match (fewer for Chinese, which packs more in). */
  context: number
}

const DEFAULTS: SnippetOptions = { max: 3, context: 60 }
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff
const cpLength = (text: string) => [...text].length

/** Widens [start, end) by `context`, ending on word breaks in spaced text and never inside a surrogate pair. */
function window(text: string, start: number, end: number, context: number): [number, number] {
  const chinese = isUnspacedUnit(text.charCodeAt(start))
  const reach = chinese ? Math.ceil(context / 2) : context
  let left = Math.max(0, start - reach)
  let right = Math.min(text.length, end + reach)
  if (!chinese) {
    const space = text.indexOf(' ', left)
    if (left > 0 && space >= 0 && space < start) left = space + 1
    const back = text.lastIndexOf(' ', right)
    if (right < text.length && back > end) right = back
  }
  if (left > 0 && isHigh(text.charCodeAt(left - 1))) left--
  if (right < text.length && isHigh(text.charCodeAt(right - 1))) right++
  return [left, right]
}

function render(original: string, left: number, right: number, hits: TextHit[]): { text: string; highlights: Array<[number, number]> } {
  const prefix = left > 0 ? '…' : ''
  const body = original.slice(left, right).replace(/\s/g, ' ')
  const text = prefix + body + (right < original.length ? '…' : '')
  const offset = cpLength(prefix)
  const highlights = hits.map((hit): [number, number] => {
    const start = offset + cpLength(original.slice(left, hit.start))
    return [start, start + cpLength(original.slice(hit.start, hit.end))]
  })
  return { text, highlights }
}

/**
 * Snippets of the texts where the needles (folded query words and phrases) occur, original
 * first; `folded[i]` is `texts[i]` folded (the same length). With no match in any text (the
 * article matched by title, entity or fields), the opening of its first text.
 */
export function buildSnippets(
  texts: ReadonlyArray<{ versionId: string; lang: string; text: string }>,
  folded: readonly string[],
  needles: readonly string[],
  options: Partial<SnippetOptions> = {}
): Snippet[] {
  const { max, context } = { ...DEFAULTS, ...options }
  const snippets: Snippet[] = []
  texts.forEach((version, index) => {
    if (snippets.length >= max) return
    const haystack = folded[index] ?? ''
    const hits = needles
      .flatMap((needle) => findAllText(haystack, needle, 20))
      .sort((a, b) => a.start - b.start || b.end - a.end)
    let i = 0
    let shown = 0
    while (i < hits.length && snippets.length < max) {
      const first = hits[i] as TextHit
      const [wide, right] = window(version.text, first.start, first.end, context)
      // Never repeat text the previous snippet showed.
      const left = Math.min(first.start, Math.max(wide, shown))
      shown = right
      const inside: TextHit[] = []
      while (i < hits.length && (hits[i] as TextHit).end <= right) {
        const hit = hits[i] as TextHit
        const last = inside[inside.length - 1]
        // Words of one name ("Lei Feng") found apart are marked as one.
        if (last && hit.start > last.end && /^[ \t]{1,2}$/.test(version.text.slice(last.end, hit.start))) inside[inside.length - 1] = { ...last, end: hit.end }
        else if (!last || hit.start >= last.end) inside.push(hit)
        i++
      }
      if (inside.length === 0) i++
      snippets.push({ versionId: version.versionId, lang: version.lang, ...render(version.text, left, right, inside) })
    }
  })
  const first = texts[0]
  if (snippets.length === 0 && first && first.text.trim() !== '') {
    const [, right] = window(first.text, 0, 0, context * 2)
    snippets.push({ versionId: first.versionId, lang: first.lang, ...render(first.text, 0, right, []) })
  }
  return snippets
}
