import { z } from 'zod'
import { Id, Timestamp } from './ids'

/** How an article came in; brat, conll and doccano are other annotation tools' files. */
export const ImportFormat = z.enum(['txt', 'md', 'html', 'json', 'sample', 'brat', 'conll', 'doccano'])
export type ImportFormat = z.infer<typeof ImportFormat>

/** Where an article came from: enough to prove later which file it was. */
export const ArticleOrigin = z.object({
  fileName: z.string().max(1024),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: ImportFormat,
  encoding: z.string().max(64)
})
export type ArticleOrigin = z.infer<typeof ArticleOrigin>

export const Article = z.object({
  id: Id,
  title: z.string().min(1).max(2000),
  /** ISO 8601 date (YYYY-MM-DD, or with time) where known, otherwise null. */
  date: z.string().max(40).nullable(),
  source: z.string().max(500),
  url: z.string().max(4096).optional(),
  /** BCP 47 tag of the article's main text, e.g. "en" or "zh". */
  language: z.string().min(2).max(35),
  tags: z.array(z.string().min(1).max(200)).max(500),
  importedAt: Timestamp,
  origin: ArticleOrigin
})
export type Article = z.infer<typeof Article>

/**
 * One text of an article. An article has several: the original and its translations,
 * machine or human. versions[0] is the text the article was imported with.
 */
export const TextVersion = z.object({
  id: Id,
  lang: z.string().min(2).max(35),
  role: z.enum(['original', 'translation']),
  origin: z.enum(['machine', 'human', 'unknown']),
  engine: z.string().max(200).optional(),
  text: z.string()
})
export type TextVersion = z.infer<typeof TextVersion>

/** Append-only record of who changed what, and when. */
export const HistoryEvent = z.object({
  at: Timestamp,
  actor: z.string().max(200),
  action: z.string().max(100),
  detail: z.record(z.string(), z.unknown())
})
export type HistoryEvent = z.infer<typeof HistoryEvent>
