import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'

export const articleHandlers = (ctx: AppContext): Pick<Handlers, 'listArticles' | 'getArticle'> => ({
  listArticles: async () => ctx.archive.list(),
  getArticle: async ({ id }) => {
    const doc = await ctx.archive.read(id)
    const linked = new Set(doc.annotations.map((a) => a.entity).filter((e): e is string => e !== null))
    const entities = ctx.archive.registry().entities.filter((entity) => linked.has(entity.id))
    return { doc, entities }
  }
})
