import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { normaliseDate } from '@shared/formats/dates'
import { ImportFailure } from '@shared/formats/failure'
import { joinParagraphs } from '@shared/formats/paragraphs'
import type { ParsedArticle } from '@shared/formats/parsed'

/** Never article text, whatever an extractor thinks: removed before extraction. */
const NOT_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, [role="navigation"], [aria-hidden="true"]'

/** Elements that end a paragraph in the extracted text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL'
])

/** Fewer letters than this, or mostly link text, is a page without an article. */
const MIN_LETTERS = 20
const MAX_LINK_SHARE = 0.5

type Doc = ReturnType<typeof parseHTML>['document']
type Node = Doc['body']['firstChild']

function meta(document: Doc, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute(selector.startsWith('link') ? 'href' : 'content')
    if (value && value.trim()) return value.trim()
  }
  return undefined
}

/** Paragraphs of an element: blocks break, `<br>` breaks a line, whitespace collapses as HTML does. */
function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = []
  let current = ''
  const flush = (): void => {
    paragraphs.push(current.replace(/[ \t\n\r\f]+/g, ' ').replace(/ ?\n ?/g, '\n').trim())
    current = ''
  }
  const walk = (node: Node): void => {
    if (!node) return
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const name = (node as unknown as { tagName: string }).tagName.toUpperCase()
    if (name === 'BR') {
      current += '\u2028' // a line break that survives whitespace collapsing; turned into \n below
      return
    }
    if (name === 'PRE') {
      flush()
      paragraphs.push(node.textContent ?? '')
      return
    }
    const block = BLOCK.has(name)
    if (block) flush()
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child)
    if (block) flush()
  }
  walk(root)
  flush()
  return paragraphs.map((p) => p.replace(/ ?\u2028 ?/g, '\n').trim())
}

function linkShare(root: Doc['body'], text: string): number {
  const linkText = [...root.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').trim().length, 0)
  return text.length === 0 ? 1 : linkText / text.length
}

/** The page title without a " | Site name" tail, when the article's own heading confirms it. */
function pickTitle(document: Doc, extracted: string | null | undefined): string {
  const og = meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]')
  if (og) return og
  const h1 = document.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim()
  const title = (extracted ?? document.title ?? '').replace(/\s+/g, ' ').trim()
  if (h1 && (title === '' || title.startsWith(h1))) return h1
  return title || h1 || ''
}

function pickDate(document: Doc): string | null {
  const stated =
    meta(document, 'meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]',
      'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined
  return stated ? normaliseDate(stated) : null
}

/**
 * The article of an HTML page, found by Mozilla's Readability on a linkedom document (the
 * extractor Firefox's reader view uses). Scripts, styles, navigation and hidden elements are
 * removed first, so none of their text can survive. Title: og:title, else the page's heading,
 * else <title>; source: og:site_name, else the byline; date: article:published_time and
 * similar meta, else the first <time datetime>; url: the canonical link, else og:url.
 */
export function parseHtml(html: string): ParsedArticle {
  const { document } = parseHTML(html)
  const title = pickTitle(document, undefined)
  const date = pickDate(document)
  const url = meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]')
  const siteName = meta(document, 'meta[property="og:site_name"]')
  for (const element of [...document.querySelectorAll(NOT_TEXT)]) element.remove()

  // Readability changes the document it reads, so the metadata above was taken first.
  const article = new Readability(document as unknown as globalThis.Document).parse()
  if (!article?.content) throw new ImportFailure('import.noArticle')
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
  const text = joinParagraphs(paragraphsOf(content.body as unknown as Node))
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_LETTERS || linkShare(content.body, text) > MAX_LINK_SHARE) throw new ImportFailure('import.noArticle')
  return {
    title: title || pickTitle(document, article.title) || text.split('\n', 1)[0]!.slice(0, 120),
    date,
    source: siteName ?? article.siteName ?? article.byline ?? '',
    ...(url ? { url } : {}),
    text
  }
}
