/**
 * What is wrong in a malformed XML file, as one of our codes with parameters (line and column
 * where the parser says), rather than the parser's English sentence. Each code has a message
 * under `errors:<code>`; the parser's own words stay only as the technical `detail`.
 */
export type XmlSyntaxCode =
  | 'xml.mismatchedTag'
  | 'xml.unclosedTag'
  | 'xml.badAttribute'
  | 'xml.duplicateAttribute'
  | 'xml.unexpectedEnd'
  | 'xml.invalidChar'
  | 'xml.badTag'
  | 'xml.unknownEntity'
  | 'xml.noRoot'
  | 'xml.extraRoot'
  | 'xml.malformedAt'
  | 'xml.malformed'

export interface XmlProblem {
  code: XmlSyntaxCode
  params: Record<string, string | number>
}

/** Where the parser was: 1-based line and column (UTF-16 units, as @xmldom counts them). */
export interface ParserPosition {
  lineNumber?: number
  columnNumber?: number
}

/** Characters XML 1.0 forbids anywhere, even escaped (tab, newline and return are allowed). */
const FORBIDDEN_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/** The 1-based line and column (in code points) of a UTF-16 offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  let line = 1
  for (let at = before.indexOf('\n'); at !== -1; at = before.indexOf('\n', at + 1)) line++
  return { line, column: [...before.slice(lineStart)].length + 1 }
}

/** The UTF-16 offset of the parser's position, or null when it gave none. */
function offsetOf(text: string, at: ParserPosition | undefined): number | null {
  if (!at?.lineNumber || !at.columnNumber) return null
  let offset = 0
  for (let line = 1; line < at.lineNumber; line++) {
    const next = text.indexOf('\n', offset)
    if (next === -1) return null
    offset = next + 1
  }
  return Math.min(offset + at.columnNumber - 1, text.length)
}

/** The first character XML cannot carry, with where it is; null when there is none. */
export function forbiddenCharacter(text: string): XmlProblem | null {
  const found = FORBIDDEN_CHAR.exec(text)
  if (!found) return null
  const char = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  return { code: 'xml.invalidChar', params: { char, ...positionOf(text, found.index), detail: `character ${char} is not allowed in XML` } }
}

/** Where `needle` next occurs from `from` (else `from` itself), as line and column. */
function located(text: string, from: number, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle, from)
  return positionOf(text, at === -1 ? from : at)
}

/**
 * Our code for one of @xmldom's error messages, located in `text` (the parser's position is
 * where the current tag started; the closing tag or entity at fault is searched from there).
 */
export function xmlProblem(message: string, at: ParserPosition | undefined, text: string): XmlProblem {
  const detail = message.split('\n')[0]!.slice(0, 200)
  const offset = offsetOf(text, at)
  const where = offset === null ? null : positionOf(text, offset)
  const withPlace = (code: XmlSyntaxCode, params: Record<string, string | number> = {}, place = where): XmlProblem =>
    place ? { code, params: { ...params, ...place, detail } } : { code: 'xml.malformed', params: { detail } }

  let m = /^Opening and ending tag mismatch: "([^"]*)" != "([^"]*)"/.exec(message)
  if (m) return withPlace('xml.mismatchedTag', { open: m[1]!, close: m[2]! }, offset === null ? null : located(text, offset, `</${m[2]}`))
  m = /^unclosed xml tag\(s\): (.*)$/m.exec(message)
  if (m) return { code: 'xml.unclosedTag', params: { tags: m[1]!.split(/,\s*/).map((tag) => `<${tag}>`).join(', '), ...positionOf(text, text.length), detail } }
  m = /^Attribute (\S+) redefined/.exec(message)
  if (m) return withPlace('xml.duplicateAttribute', { name: m[1]! })
  if (/attribute|AttValue/i.test(message)) return withPlace('xml.badAttribute')
  if (/^unexpected end of input/.test(message)) return withPlace('xml.unexpectedEnd')
  m = /^entity not found:(&[^;\s]*;?)/.exec(message)
  if (m) return withPlace('xml.unknownEntity', { name: m[1]! }, offset === null ? null : located(text, offset, m[1]!))
  if (/invalid tagName/.test(message)) return withPlace('xml.badTag')
  if (/^missing root element/.test(message)) return { code: 'xml.noRoot', params: { detail } }
  if (/Only one element can be added/.test(message)) return withPlace('xml.extraRoot')
  return where ? { code: 'xml.malformedAt', params: { ...where, detail } } : { code: 'xml.malformed', params: { detail } }
}
