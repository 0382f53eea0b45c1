import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationSession } from '../services/annotation'
import { exportXliff } from '../services/interchange/xliff-export'
import { importXliff } from '../services/interchange/xliff-import'

/** Interchange with CAT tools: XLIFF export and import (issue 12). */
export const interchangeHandlers = (ctx: AppContext): Pick<Handlers, 'exportXliff' | 'importXliff'> => ({
  exportXliff: ({ articleId, lang, version }) => exportXliff(ctx.archive, articleId, lang, version),
  importXliff: ({ data, articleId, revision }) =>
    importXliff(annotationSession(ctx), { bytes: Buffer.from(data, 'base64'), ...(articleId === undefined ? {} : { articleId }), ...(revision === undefined ? {} : { revision }) })
})
