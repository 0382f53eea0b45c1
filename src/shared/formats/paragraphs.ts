/** Line endings to "\n" (CRLF, lone CR, and the Unicode line/paragraph separators kept as is). */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** Drops a leading byte order mark that survived decoding. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Removes blank lines at both ends and trailing spaces of the last line; the rest is untouched. */
export function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t\u3000]*\n)+/, '').replace(/\s+$/, '')
}

/** Joins paragraphs with one blank line, dropping empty ones. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => p.trim()).filter((p) => p.length > 0).join('\n\n')
}

const SENTENCE_END = /[.!?。！？](?=\s|$)|[。！？]/u

/**
 * A title for a text that has none: its first line when short, else its first sentence, else
 * its first words cut at `max` code points with an ellipsis. The text itself keeps every word.
 */
export function deriveTitle(text: string, max = 120): string {
  const firstLine = text.trim().split('\n', 1)[0]?.trim() ?? ''
  if ([...firstLine].length <= max) return firstLine
  const end = SENTENCE_END.exec(firstLine)
  if (end && [...firstLine.slice(0, end.index + 1)].length <= max) return firstLine.slice(0, end.index + 1)
  const cut = [...firstLine].slice(0, max).join('')
  const space = cut.lastIndexOf(' ')
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + '…'
}
