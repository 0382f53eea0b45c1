import { z } from 'zod'
import { Id } from '../model/ids'
import type { TrashView } from '../model/trash'
import { revision, type UndoState } from './annotation-contract'

/** Input and output shapes of article details, deletion and the trash. */

/** Values are checked by the updateMetadata command, which names what is wrong. */
export const UpdateArticleInput = z
  .object({
    articleId: Id,
    revision,
    title: z.string().max(10_000).optional(),
    date: z.string().max(100).nullable().optional(),
    source: z.string().max(10_000).optional(),
    language: z.string().max(100).optional(),
    url: z.string().max(10_000).nullable().optional()
  })
  .strict()

/** A selection may be every result of a search (Ctrl/⌘+A), as many as an export takes. */
const ids = z.array(Id).min(1).max(100_000)

/** What deleting or restoring answers: the trash as it is now, and the undo state of that step's scope. */
export interface TrashChange {
  trash: TrashView
  undo: UndoState
}

export const archivistOperations = {
  updateArticle: UpdateArticleInput,
  deleteArticles: z.object({ ids }).strict(),
  deleteEntity: z.object({ id: Id }).strict(),
  listTrash: z.object({}).strict(),
  restoreFromTrash: z.object({ articles: z.array(Id).max(10_000).optional(), entities: z.array(Id).max(10_000).optional() }).strict()
}
