import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { translationMemory } from '../services/memory'
import * as ops from '../services/memory/memory-ops'
import { TmxImports } from '../services/memory/tmx-imports'

type MemoryOps = 'memoryMatches' | 'memoryConcordance' | 'exportTmx' | 'importTmx' | 'cancelTmxImport'

/** The translation memory: fuzzy matches, concordance, TMX (issue 12). */
export const memoryHandlers = (ctx: AppContext): Pick<Handlers, MemoryOps> => {
  const memory = () => translationMemory(ctx)
  const imports = new TmxImports()
  return {
    memoryMatches: async (input) => ops.memoryMatches(memory(), input),
    memoryConcordance: async (input) => ops.memoryConcordance(memory(), input),
    exportTmx: async (input) => ops.exportTmx(memory(), input, ctx.settings.get().language ?? 'en'),
    importTmx: async ({ name, data, importId }) => {
      const stop = imports.start(name, importId)
      const progress = (stage: 'parsing' | 'indexing', done: number, total: number): void => ctx.feed.publish({ type: 'memoryImport', file: name, stage, done, total })
      try {
        return await ops.importTmx(memory(), name, Buffer.from(data, 'base64'), progress, stop)
      } finally {
        imports.end(importId, stop)
      }
    },
    cancelTmxImport: async ({ importId }) => ({ cancelled: imports.cancel(importId) })
  }
}
