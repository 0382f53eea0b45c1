import { DOMParser, type Document, type Element } from '@xmldom/xmldom'
import { forbiddenCharacter, xmlProblem, type ParserPosition, type XmlProblem, type XmlSyntaxCode } from './xml-problem'

/**
 * Why an XML file was refused. Each code has a message under `errors:<code>`.
 * A document type declaration is refused outright: it is how XXE (external entities that read
 * files) and billion-laughs (entities that expand exponentially) files work, and nothing we
 * read (XLIFF, TMX, TEI) needs one.
 */
export type XmlProblemCode = 'xml.doctype' | 'xml.tooLarge' | 'xml.empty' | XmlSyntaxCode

/**
 * `params` fill the code's message (line, column, the tag or entity at fault); `detail` is the
 * parser's own untranslated words, kept only as a technical second line.
 */
export class XmlRefused extends Error {
  readonly params: Record<string, string | number>
  constructor(
    readonly code: XmlProblemCode,
    readonly detail = '',
    params: Record<string, string | number> = {}
  ) {
    super(detail ? `${code}: ${detail}` : code)
    this.name = 'XmlRefused'
    this.params = { ...params, detail }
  }

  static of(problem: XmlProblem): XmlRefused {
    const { detail, ...params } = problem.params
    return new XmlRefused(problem.code, String(detail ?? ''), params)
  }
}

/** 64 M characters: far above any article's XLIFF, below what would exhaust the heap. */
export const MAX_XML_CHARS = 64 * 1024 * 1024

/** Comments and CDATA sections may mention `<!DOCTYPE` as text; markup elsewhere may not. */
const QUOTED_MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g
const DECLARATION = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i

/**
 * Parses XML namespace-aware with every document type declaration refused, so no entity is
 * ever defined, expanded or fetched; any well-formedness error refuses the whole file.
 */
export function parseXml(text: string, maxChars = MAX_XML_CHARS): Document {
  if (text.length > maxChars) throw new XmlRefused('xml.tooLarge')
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') throw new XmlRefused('xml.empty')
  if (DECLARATION.test(body.replace(QUOTED_MARKUP, ''))) throw new XmlRefused('xml.doctype')
  // @xmldom lets control characters through; XML 1.0 forbids them.
  const forbidden = forbiddenCharacter(body)
  if (forbidden) throw XmlRefused.of(forbidden)
  // xmldom wraps what onError throws (a fatal error even in its own English sentence); the
  // first refusal is kept here, named by our code and located where the parser was.
  let refused: XmlRefused | undefined
  const parser = new DOMParser({
    onError: (level, message, context) => {
      if (level === 'warning') return
      refused ??= XmlRefused.of(xmlProblem(message, (context as { locator?: ParserPosition } | undefined)?.locator, body))
      throw refused
    }
  })
  try {
    const doc = parser.parseFromString(body, 'text/xml')
    if (!doc.documentElement) throw new XmlRefused('xml.noRoot')
    return doc
  } catch (error) {
    if (refused) throw refused
    if (error instanceof XmlRefused) throw error
    throw XmlRefused.of(xmlProblem(error instanceof Error ? error.message : String(error), undefined, body))
  }
}

/** The element children of `parent` with this namespace and local name (all when name is '*'). */
export function childElements(parent: Element, namespace: string, localName = '*'): Element[] {
  const found: Element[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue
    const element = node as Element
    if (element.namespaceURI === namespace && (localName === '*' || element.localName === localName)) found.push(element)
  }
  return found
}

/** The first child element with this namespace and local name, or null. */
export function childElement(parent: Element, namespace: string, localName: string): Element | null {
  return childElements(parent, namespace, localName)[0] ?? null
}
