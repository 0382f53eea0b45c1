import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'

export const searchHandlers = (ctx: AppContext): Pick<Handlers, 'search' | 'searchStatus'> => ({
  search: async ({ query, limit, facets }) => ctx.search.search({ query, limit, facets }),
  searchStatus: async () => ctx.search.status
})
