import type { TmxImportResult } from '@shared/ipc/memory-contract'
import type { MemoryUnit } from '@shared/model'
import type { ConcordanceHit, MemoryMatch } from '@shared/translation/memory'
import type { DamageNote } from '../../archive/damage-log'
import type { CoreMatchQuery } from './memory-core'

/** What main asks the memory worker (each with a sequence number its reply echoes), and what each answers. */
export interface MemoryRequests {
  open: { in: { dir: string; writable: boolean }; out: { damage: DamageNote[] } }
  putArticles: { in: { entries: [string, MemoryUnit[]][] }; out: null }
  dropArticles: { in: { ids: string[] }; out: null }
  match: { in: { query: CoreMatchQuery }; out: MemoryMatch[] }
  concordance: { in: { text: string; side: 'source' | 'target'; limit?: number }; out: ConcordanceHit[] }
  imported: { in: object; out: MemoryUnit[] }
  size: { in: object; out: number }
  /** `stop`: the import's ImportSwitch cell (shared memory), when it can be cancelled. */
  importTmx: { in: { name: string; bytes: Uint8Array; stop?: Int32Array }; out: TmxImportResult }
}

export type MemoryOp = keyof MemoryRequests
export type MemoryRequest = { [K in MemoryOp]: { op: K } & MemoryRequests[K]['in'] }[MemoryOp]

export type MemoryWorkerMessage =
  | { type: 'reply'; seq: number; ok: true; value: unknown }
  /** A refusal with its `errors:<code>` and parameters, or (code `internal`) an unexpected error. */
  | { type: 'reply'; seq: number; ok: false; code: string; params: Record<string, string | number>; message: string }
  | { type: 'progress'; seq: number; stage: 'parsing' | 'indexing'; done: number; total: number }
