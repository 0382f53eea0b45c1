import type { ImportOutcome } from '@shared/model'
import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { importBytes, importPaths } from '../services/import'
import { importDeps } from '../services/import-session'

export const importHandlers = (ctx: AppContext): Pick<Handlers, 'importFiles' | 'importContent'> => ({
  importFiles: async ({ paths }) => {
    const outcomes: ImportOutcome[] = []
    for await (const outcome of importPaths(paths, importDeps(ctx))) outcomes.push(outcome)
    return outcomes
  },
  // `ann`: the brat annotations that go with a .txt chosen or dropped together with it.
  importContent: ({ name, data, ann }) =>
    importBytes(name, Buffer.from(data, 'base64'), importDeps(ctx), ann === undefined ? undefined : Buffer.from(ann, 'base64'))
})
