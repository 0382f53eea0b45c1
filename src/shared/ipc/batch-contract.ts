import { z } from 'zod'
import { Id } from '../model/ids'
import type { UndoState } from './annotation-contract'

/** Input and output shapes of batch actions on the library's selection (issue 14). */

/** A selection may be every article of a large archive (Ctrl/⌘+A over all results). */
const ids = z.array(Id).min(1).max(100_000)
const tag = z.string().max(1000)
const tags = z.array(tag).max(50)

export const TagArticlesInput = z
  .object({ ids, add: tags.optional(), remove: tags.optional() })
  .strict()
  .refine((input) => (input.add?.length ?? 0) + (input.remove?.length ?? 0) > 0, { message: 'Name a tag to add or remove', path: ['add'] })

export const LinkInput = z.object({ ids, entity: Id }).strict()

/** What a batch action did, as one undo step of the library. */
export interface BatchResult {
  /** Articles selected. */
  selected: number
  /** Articles changed (an article that already had a tag is left as it was). */
  changed: number
  /** Annotations linked (a link), else 0. */
  annotations: number
  undo: UndoState
}

/** How many mentions a link would touch, before it is applied. */
export interface LinkPreview {
  articles: number
  annotations: number
}

export interface TagCount {
  tag: string
  count: number
}

/** The tags of the selected articles (to remove) and of the whole archive (to suggest). */
export interface ArticleTagsView {
  selection: TagCount[]
  archive: TagCount[]
}

export const batchOperations = {
  tagArticles: TagArticlesInput,
  previewLink: LinkInput,
  linkMentions: LinkInput,
  articleTags: z.object({ ids: z.array(Id).max(100_000) }).strict(),
  /** Every article a search matches (not only the best hits), for selecting them all. */
  searchIds: z.object({ query: z.string().max(2000) }).strict()
}
