import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationSession } from '../services/annotation'
import { articleTags, linkMentions, previewLink, tagArticles } from '../services/batch/batch-ops'

/** The search answers ids this many at a time at most: a selection is bounded like the operations that take it. */
const MAX_IDS = 100_000

/** Batch actions on the library's selection, and selecting every result of a search. */
export const batchHandlers = (ctx: AppContext): Pick<Handlers, 'tagArticles' | 'previewLink' | 'linkMentions' | 'articleTags' | 'searchIds'> => {
  const session = () => annotationSession(ctx)
  return {
    tagArticles: async (input) => tagArticles(session(), input),
    previewLink: async (input) => previewLink(session(), input),
    linkMentions: async (input) => linkMentions(session(), input),
    articleTags: async (input) => articleTags(session(), ctx.search, input),
    searchIds: async ({ query }) => {
      const results = await ctx.search.search({ query, limit: 1, ids: true })
      return { ids: (results.ids ?? []).slice(0, MAX_IDS) }
    }
  }
}
