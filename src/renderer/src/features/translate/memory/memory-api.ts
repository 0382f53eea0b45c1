/** The translation memory operations the editor calls (the one place that names them). */
import type { Api } from '@shared/ipc/client'
import { api } from '../../../api'

type Ops = Pick<Api, 'memoryMatches' | 'memoryConcordance' | 'exportTmx' | 'importTmx' | 'cancelTmxImport'>

export const memoryApi: Ops = {
  memoryMatches: (input) => api.memoryMatches(input),
  memoryConcordance: (input) => api.memoryConcordance(input),
  exportTmx: (input) => api.exportTmx(input),
  importTmx: (input) => api.importTmx(input),
  cancelTmxImport: (input) => api.cancelTmxImport(input)
}

export type { ConcordanceHitView, MemoryMatchView, TmxImportResult } from '@shared/ipc/memory-contract'
