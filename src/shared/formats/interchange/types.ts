import type { ArticleDoc, Entity, TagSchema } from '../../model'

/**
 * What every format serializer reads: one article with its versions, annotations, relations
 * and notes, the registry entities it links to, and the tag schema its types come from.
 */
export interface FormatInput {
  doc: ArticleDoc
  entities: readonly Entity[]
  schema: TagSchema
}

/** One file a serializer writes; `path` is relative to the article's folder `data/articles/<id>/`. */
export interface FormatFile {
  path: string
  text: string
}

/** A key (with namespace) and its interpolation values to a message, as i18next's `t`. */
export type Translate = (key: string, options?: Record<string, unknown>) => string
