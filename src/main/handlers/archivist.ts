import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationSession } from '../services/annotation'
import { updateArticle } from '../services/annotation/article-ops'
import { deleteArticles, deleteEntity, listTrash, restoreFromTrash } from '../services/trash/trash-ops'

/** Article details, deletion to trash/ and restoring from it. */
export const archivistHandlers = (
  ctx: AppContext
): Pick<Handlers, 'updateArticle' | 'deleteArticles' | 'deleteEntity' | 'listTrash' | 'restoreFromTrash'> => {
  const session = () => annotationSession(ctx)
  return {
    updateArticle: async (input) => updateArticle(session(), input),
    deleteArticles: async (input) => deleteArticles(session(), input),
    deleteEntity: async (input) => deleteEntity(session(), input),
    listTrash: async () => listTrash(session()),
    restoreFromTrash: async (input) => restoreFromTrash(session(), input)
  }
}
