import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationSession } from '../services/annotation'
import { qaFindings, segmentsView } from '../services/translation/segments'
import * as ops from '../services/translation/translation-ops'

type TranslationOps =
  | 'addTranslation'
  | 'markMachineTranslation'
  | 'getSegments'
  | 'postEdit'
  | 'splitSegment'
  | 'mergeSegments'
  | 'moveBoundary'
  | 'runQa'
  | 'ignoreQaFinding'

/** The translation workbench: translations, segments, post-editing and QA (issue 11). */
export const translationHandlers = (ctx: AppContext): Pick<Handlers, TranslationOps> => {
  const session = () => annotationSession(ctx)
  return {
    addTranslation: async (input) => ops.addTranslation(session(), input),
    markMachineTranslation: async (input) => ops.markMachineTranslation(session(), input),
    getSegments: async ({ articleId, lang }) => segmentsView(await ctx.archive.read(articleId), lang),
    postEdit: async (input) => ops.postEdit(session(), input),
    splitSegment: async (input) => ops.splitSegment(session(), input),
    mergeSegments: async (input) => ops.mergeSegments(session(), input),
    moveBoundary: async (input) => ops.moveBoundary(session(), input),
    runQa: async ({ articleId, lang }) => {
      const doc = await ctx.archive.read(articleId)
      const { index } = session()
      await index.ensure()
      return { findings: qaFindings(doc, lang, ctx.archive.registry().entities, ctx.t, (entities, target) => index.renderings(entities, target)) }
    },
    ignoreQaFinding: async (input) => ops.ignoreQaFinding(session(), input)
  }
}
