import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { exploreService } from '../services/explore'

/** The Explore view: timeline and co-occurrence graph (issue 14). */
export const exploreHandlers = (ctx: AppContext): Pick<Handlers, 'explore'> => ({
  explore: async (input) => exploreService(ctx).explore(input)
})
