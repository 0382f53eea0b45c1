import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationSession } from '../services/annotation'

export const articleHandlers = (ctx: AppContext): Pick<Handlers, 'listArticles' | 'getArticle'> => ({
  listArticles: async () => ctx.archive.list().map(({ textHash: _hash, ...item }) => item),
  // Opening an article re-anchors annotations whose quotes moved (see AnnotationSession.open).
  getArticle: async ({ id }) => {
    const session = annotationSession(ctx)
    return session.view(await session.open(id))
  }
})
