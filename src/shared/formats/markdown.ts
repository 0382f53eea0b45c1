import { Lexer, type Token, type Tokens } from 'marked'
import { normaliseDate } from './dates'
import { ImportFailure } from './failure'
import { deriveTitle, joinParagraphs, normaliseNewlines, stripBom } from './paragraphs'
import type { ParsedArticle } from './parsed'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** marked's lexer leaves character references as written; the text wants the characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** Raw HTML inside markdown: its text is kept, its tags dropped (they are markup, not words). */
const withoutTags = (html: string): string => html.replace(/<!--[\s\S]*?-->|<\/?[a-z][^>]*>/gi, '')

function inline(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return decodeEntities(fallback)
  return tokens.map(inlineToken).join('')
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'br':
      return '\n'
    case 'image':
      return (token as Tokens.Image).text
    case 'codespan':
    case 'escape':
      return token.text as string
    case 'html':
      return decodeEntities(withoutTags(token.text as string))
    default: {
      const t = token as Tokens.Generic
      return inline(t.tokens, (t.text as string | undefined) ?? t.raw)
    }
  }
}

/** Block tokens → plain paragraphs; nested blocks (quotes, lists) are flattened in order. */
function blocks(tokens: readonly Token[], out: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
        break
      case 'heading':
      case 'paragraph':
      case 'text':
        out.push(inline((token as Tokens.Generic).tokens, token.text as string))
        break
      case 'code':
        out.push(token.text as string)
        break
      case 'blockquote':
        blocks((token as Tokens.Blockquote).tokens, out)
        break
      case 'list':
        out.push((token as Tokens.List).items.map((item) => listItem(item)).join('\n'))
        break
      case 'table': {
        const table = token as Tokens.Table
        const row = (cells: Tokens.TableCell[]): string => cells.map((c) => inline(c.tokens, c.text)).join('\t')
        out.push([row(table.header), ...table.rows.map(row)].join('\n'))
        break
      }
      case 'html':
        out.push(decodeEntities(withoutTags(token.text as string)))
        break
      default: {
        const t = token as Tokens.Generic
        if (t.tokens) blocks(t.tokens, out)
        else if (typeof t.text === 'string') out.push(t.text)
      }
    }
  }
}

function listItem(item: Tokens.ListItem): string {
  const parts: string[] = []
  blocks(item.tokens, parts)
  return parts.filter((p) => p.trim().length > 0).join('\n')
}

/** A leading YAML front-matter block: its simple `key: value` lines, and the text after it. */
function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)
  if (!m) return { fields: {}, body: text }
  const fields: Record<string, string> = {}
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line)
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^(["'])(.*)\1$/, '$2')
  }
  return { fields, body: text.slice(m[0].length) }
}

/**
 * Markdown: the title is the first heading (or front matter's `title:`), the body is every
 * other block as a plain paragraph with inline markup removed (link text, image alt text and
 * code kept). Front matter's `date:`, `source:` and `url:` fill the metadata.
 */
export function parseMarkdown(input: string): ParsedArticle {
  const { fields, body } = frontMatter(normaliseNewlines(stripBom(input)))
  const tokens = new Lexer({ gfm: true }).lex(body)
  const headingAt = tokens.findIndex((t) => t.type === 'heading')
  let title = fields.title ?? ''
  const rest = [...tokens]
  if (!title && headingAt >= 0) {
    const heading = rest.splice(headingAt, 1)[0] as Tokens.Heading
    title = inline(heading.tokens, heading.text).replace(/\s+/g, ' ').trim()
  }
  const paragraphs: string[] = []
  blocks(rest, paragraphs)
  const text = joinParagraphs(paragraphs)
  if (text.length === 0 && title.length === 0) throw new ImportFailure('import.empty')
  const date = fields.date === undefined ? null : normaliseDate(fields.date)
  return {
    title: title || deriveTitle(text),
    date,
    source: fields.source ?? '',
    ...(fields.url ? { url: fields.url } : {}),
    text
  }
}
