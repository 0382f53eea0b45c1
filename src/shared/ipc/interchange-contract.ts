import { z } from 'zod'
import { Id } from '../model/ids'
import { revision, type ArticleChange } from './annotation-contract'

/** Input and output shapes of interchange with CAT tools: XLIFF export and import (issue 12). */

export const XLIFF_VERSIONS = ['2.1', '1.2'] as const
export type XliffVersion = (typeof XLIFF_VERSIONS)[number]

/** Base64 of a file's bytes, bounded so a request stays under the server's body limit. */
const base64 = z.string().max(28 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')

export interface XliffExport {
  /** A file name to offer: `<article>.<lang>.xlf`. */
  fileName: string
  /** The XLIFF document (UTF-8 XML). */
  content: string
  units: number
}

/** What an import did, unit ids by outcome. `change` is null when nothing was applied. */
export interface XliffImportResult {
  id: string
  lang: string
  updated: string[]
  unchanged: string[]
  unknown: string[]
  sourceChanged: string[]
  change: ArticleChange | null
}

export const interchangeOperations = {
  exportXliff: z.object({ articleId: Id, lang: z.string().min(2).max(35), version: z.enum(XLIFF_VERSIONS) }).strict(),
  /** `articleId`, when given, is the article the user is in: a file for another one is refused. */
  importXliff: z.object({ data: base64, articleId: Id.optional(), revision }).strict()
}
