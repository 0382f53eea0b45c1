import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

/** Written by hand so that the root starts on its own line. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/**
 * Structural elements with indentation written as whitespace text, so that an element with
 * mixed content (a segment's source with markers) is never re-indented: xmlbuilder2's
 * prettyPrint puts whitespace inside mixed content, which would change the text.
 */
export class Indented {
  constructor(
    readonly node: XMLBuilder,
    private readonly depth = 0
  ) {}

  /** A child element on its own line. */
  child(namespace: string, name: string, attributes: Record<string, string> = {}): Indented {
    this.node.txt(`\n${'  '.repeat(this.depth + 1)}`)
    return new Indented(this.node.ele(namespace, name, attributes), this.depth + 1)
  }

  /** A child holding only text, on its own line. */
  leaf(namespace: string, name: string, text: string, attributes: Record<string, string> = {}): void {
    const element = this.child(namespace, name, attributes).node
    if (text.length > 0) element.txt(text)
  }

  /** Puts the closing tag of a container on its own line. */
  close(): void {
    this.node.txt(`\n${'  '.repeat(this.depth)}`)
  }
}

/** Characters XML 1.0 cannot hold, even escaped (controls, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

/** Splits text into runs XML can hold and single characters it cannot (as code points). */
export function xmlRuns(text: string): ({ text: string } | { codePoint: number })[] {
  const runs: ({ text: string } | { codePoint: number })[] = []
  let last = 0
  for (const match of text.matchAll(NOT_XML)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) })
    runs.push({ codePoint: match[0].codePointAt(0)! })
    last = match.index + match[0].length
  }
  if (last < text.length) runs.push({ text: text.slice(last) })
  return runs
}
