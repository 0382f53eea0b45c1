import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { translationMemory } from '../services/memory'
import * as ops from '../services/memory/memory-ops'

type MemoryOps = 'memoryMatches' | 'memoryConcordance' | 'exportTmx' | 'importTmx'

/** The translation memory: fuzzy matches, concordance, TMX (issue 12). */
export const memoryHandlers = (ctx: AppContext): Pick<Handlers, MemoryOps> => {
  const memory = () => translationMemory(ctx)
  return {
    memoryMatches: async (input) => ops.memoryMatches(memory(), input),
    memoryConcordance: async (input) => ops.memoryConcordance(memory(), input),
    exportTmx: async (input) => ops.exportTmx(memory(), input, ctx.settings.get().language ?? 'en'),
    importTmx: async ({ name, data }) =>
      ops.importTmx(memory(), name, Buffer.from(data, 'base64'), (stage, done, total) => ctx.feed.publish({ type: 'memoryImport', file: name, stage, done, total }))
  }
}
