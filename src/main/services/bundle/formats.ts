import { FORMAT_IDS, type FormatId } from '@shared/ipc/bundle-contract'
import type { ArticleDoc, Entity, TagSchema } from '@shared/model'
import { stableStringify } from '../../archive/stable-json'

export { FORMAT_IDS, type FormatId } from '@shared/ipc/bundle-contract'

/** What a writer of one article's files is given (the same shape the format serializers take). */
export interface FormatInput {
  doc: ArticleDoc
  entities: readonly Entity[]
  schema: TagSchema
}
/** One file, its path relative to `data/articles/<id>/`. */
export interface FormatFile {
  path: string
  text: string
}

type ArticleWriter = (input: FormatInput) => FormatFile[]

/** Our own model, lossless; `revision` is this archive's write counter, not part of the article. */
export function articleJsonFiles({ doc }: FormatInput): FormatFile[] {
  const { revision: _revision, ...portable } = doc
  return [{ path: 'article.json', text: stableStringify(portable) }]
}

/** The writers of per-article files, by format id. A format not listed here is not offered. */
export const ARTICLE_WRITERS: Partial<Record<FormatId, ArticleWriter>> = {
  json: articleJsonFiles
}

/** The bag-level `data/index.html`, when a writer for it is registered. */
export const BAG_WRITERS: Partial<Record<FormatId, (inputs: readonly FormatInput[], locale: string) => string>> = {}

/** The formats this build can write, in the CLI's order. */
export const availableFormats = (): FormatId[] => FORMAT_IDS.filter((id) => id in ARTICLE_WRITERS || id in BAG_WRITERS)

export const isFormatId = (value: string): value is FormatId => (FORMAT_IDS as readonly string[]).includes(value)
