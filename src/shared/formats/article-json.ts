import { z } from 'zod'
import { Article, ArticleDoc, Id, TextVersion } from '../model'
import { ImportFailure } from './failure'
import { normaliseNewlines, stripBom } from './paragraphs'
import type { ParsedArticle } from './parsed'

/**
 * The short form of our article JSON, for files written by hand or by scripts:
 * `{ "article": { "title": "…", … }, "versions": [{ "text": "…" }, …] }`.
 */
const ArticleJsonShort = z.object({
  article: Article.pick({ title: true, url: true, tags: true })
    .extend({
      date: Article.shape.date.optional(),
      source: Article.shape.source.optional(),
      language: Article.shape.language.optional()
    })
    .partial({ tags: true }),
  versions: z
    .array(TextVersion.partial({ id: true, lang: true, role: true, origin: true }).extend({ id: Id.optional() }))
    .min(1)
})

/** A whole document of version 1 (before alignments) reads as version 2 with none. */
function fromVersion1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data
  const doc = data as Record<string, unknown>
  return doc.schemaVersion === 1 && !('alignments' in doc) ? { ...doc, schemaVersion: 2, alignments: [] } : data
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid'
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message
}

/**
 * Our own article JSON: a whole stored document (`ArticleDoc`, as `scriptorium show --json`
 * prints it), or the short form `{ article, versions }`. A whole document keeps its versions,
 * annotations, relations and history; the importer gives the article a new id and origin.
 */
export function parseArticleJson(input: string): ParsedArticle {
  let data: unknown
  try {
    data = JSON.parse(stripBom(input))
  } catch (error) {
    throw new ImportFailure('import.invalidJson', { detail: (error as Error).message })
  }
  const full = ArticleDoc.safeParse(fromVersion1(data))
  if (full.success) {
    const { article, versions, annotations, relations, history, alignments } = full.data
    return {
      title: article.title,
      date: article.date,
      source: article.source,
      ...(article.url === undefined ? {} : { url: article.url }),
      text: versions[0]!.text,
      language: article.language,
      tags: article.tags,
      carried: { versions, annotations, relations, history, alignments }
    }
  }
  const short = ArticleJsonShort.safeParse(data)
  if (!short.success) {
    // Report against the whole-document schema when the input looks like one.
    const looksFull = typeof data === 'object' && data !== null && 'schemaVersion' in data
    throw new ImportFailure('import.invalidJson', { detail: describe(looksFull ? full.error : short.error) })
  }
  const { article, versions } = short.data
  const carried = versions.map((v, i) => ({
    ...v,
    text: normaliseNewlines(v.text),
    role: v.role ?? (i === 0 ? ('original' as const) : ('translation' as const)),
    origin: v.origin ?? ('unknown' as const)
  }))
  return {
    title: article.title,
    date: article.date ?? null,
    source: article.source ?? '',
    ...(article.url === undefined ? {} : { url: article.url }),
    text: carried[0]!.text,
    ...(article.language === undefined ? {} : { language: article.language }),
    tags: article.tags ?? [],
    carried: { versions: carried, annotations: [], relations: [], history: [] }
  }
}
