import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationSession } from '../services/annotation'
import { findConcordance } from '../services/concordance/find-concordance'
import { tagConcordance } from '../services/concordance/tag-concordance'

/** The archive concordance and "tag these" (issue 14). */
export const concordanceHandlers = (ctx: AppContext): Pick<Handlers, 'concordance' | 'tagConcordance'> => ({
  concordance: async ({ query, limit }) => findConcordance(ctx.archive, ctx.search, query, limit),
  tagConcordance: async (input) => tagConcordance(annotationSession(ctx), input)
})
