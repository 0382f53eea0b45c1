import { ImportFailure } from './failure'

/**
 * Cheap scans run before a parser sees untrusted text, refusing shapes that make the parsers
 * we use explode: marked's lists and Readability's walk grow much faster than linearly with
 * nesting (an HTML page of 300 nested elements takes Readability a second, 1,000 take 20 s),
 * and linkedom makes one node per character reference. Each scan is one linear pass.
 */

/** Deeper than this, a list, quote or element is not an article's structure but an attack. */
export const MAX_NESTING = 100
/** Tags plus character references an HTML file may hold: a 1 MB news page has a few thousand. */
export const MAX_HTML_PARTS = 400_000

/** Elements that hold no content, and those whose end tag the HTML parser infers (`<p>`, `<li>`): neither nests. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rp', 'rt', 'html', 'head', 'body'
])

const tooDeep = (depth: number): ImportFailure => new ImportFailure('import.tooComplex', { depth, limit: MAX_NESTING })

/** A list marker and the space after it, or a quote marker (its space is optional: `>>> x` nests three deep). */
const MARKERS = /^(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)|>[ \t]?)/

/**
 * The deepest nesting of Markdown lists and block quotes: on a line that starts with a marker
 * (`-`, `1.`, `>`), each marker and each two columns of indentation before it count one level,
 * as in the CommonMark nesting rules. Indented lines without a marker nest nothing.
 */
export function markdownDepth(text: string): number {
  let deepest = 0
  let lineStart = 0
  while (lineStart < text.length) {
    let end = text.indexOf('\n', lineStart)
    if (end === -1) end = text.length
    let columns = 0
    let i = lineStart
    for (; i < end; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x20) columns += 1
      else if (c === 0x09) columns += 4
      else break
    }
    let markers = 0
    let rest = text.slice(i, Math.min(end, i + 12 * (MAX_NESTING + 1)))
    for (let m = MARKERS.exec(rest); m && markers <= MAX_NESTING; m = MARKERS.exec(rest)) {
      markers += 1
      rest = rest.slice(m[0].length)
    }
    const depth = markers === 0 ? 0 : markers + Math.floor(columns / 2)
    if (depth > deepest) deepest = depth
    lineStart = end + 1
  }
  return deepest
}

const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y
const REFERENCE = /&#?[A-Za-z0-9]{1,32};/g

/**
 * Tags (`<name`, `</name`) plus character references, and the deepest element nesting of HTML.
 * One forward pass with indexOf, never a backtracking regex, so that a million unclosed `<!--`
 * or `<script` cost no more than a million letters. Script and style bodies and comments are
 * skipped: the tags written inside them nest nothing.
 */
export function htmlShape(html: string): { parts: number; depth: number } {
  let parts = html.match(REFERENCE)?.length ?? 0
  let depth = 0
  let deepest = 0
  const lower = html.toLowerCase()
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4)
      if (close === -1) break
      parts += 1
      i = close + 3
      continue
    }
    const closing = html[i + 1] === '/'
    TAG_NAME.lastIndex = i + (closing ? 2 : 1)
    const name = TAG_NAME.exec(html)?.[0].toLowerCase()
    if (name === undefined) {
      i += 1
      continue
    }
    const gt = html.indexOf('>', TAG_NAME.lastIndex)
    if (gt === -1) break // the rest is one unterminated tag, which the parser reads as text
    parts += 1
    i = gt + 1
    if (!closing && (name === 'script' || name === 'style')) {
      const end = lower.indexOf(`</${name}`, i)
      if (end === -1) break
      i = end
      continue
    }
    if (NOT_NESTING.has(name) || html[gt - 1] === '/') continue
    if (closing) depth = Math.max(0, depth - 1)
    else if (++depth > deepest) deepest = depth
  }
  return { parts, depth: deepest }
}

/** Throws `import.tooComplex` / `import.tooManyParts` for input no parser should be given. */
export function checkComplexity(format: 'txt' | 'md' | 'html' | 'json', text: string): void {
  if (format === 'md') {
    const depth = markdownDepth(text)
    if (depth > MAX_NESTING) throw tooDeep(depth)
  }
  if (format === 'html' || format === 'md') {
    // Markdown may embed HTML; its tags are only stripped, so only the count matters there.
    const { parts, depth } = htmlShape(text)
    if (parts > MAX_HTML_PARTS) throw new ImportFailure('import.tooManyParts', { count: parts, limit: MAX_HTML_PARTS })
    if (format === 'html' && depth > MAX_NESTING) throw tooDeep(depth)
  }
}
