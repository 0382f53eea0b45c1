import { AppFailure } from '@shared/ipc/result'
import { ImportSwitch } from './import-switch'
import { TmxImportRefused, type ImportProgress, type MemoryCore } from './memory-core'
import type { MemoryOp, MemoryRequest, MemoryRequests } from './memory-protocol'

/** A request's answer, or the `errors:<code>` and parameters it failed with. */
export type Answer = { ok: true; value: unknown } | { ok: false; code: string; params: Record<string, string | number>; message: string }

async function run(core: MemoryCore, request: MemoryRequest, progress: ImportProgress): Promise<unknown> {
  switch (request.op) {
    case 'open':
      return core.open(request.dir, request.writable)
    case 'putArticles':
      core.putArticles(request.entries)
      return null
    case 'dropArticles':
      core.dropArticles(request.ids)
      return null
    case 'match':
      return core.match(request.query)
    case 'concordance':
      return core.concordance(request.text, request.side, request.limit)
    case 'imported':
      return core.importedUnits()
    case 'size':
      return core.size
    case 'importTmx':
      return core.importTmx(request.name, request.bytes, progress, request.stop && new ImportSwitch(request.name, request.stop))
  }
}

/** Runs one request on the core, in the worker or (tests, benches) in-process; never throws. */
export async function answer(core: MemoryCore, request: MemoryRequest, progress: ImportProgress = () => undefined): Promise<Answer> {
  try {
    return { ok: true, value: await run(core, request, progress) }
  } catch (error) {
    if (error instanceof TmxImportRefused) return { ok: false, code: error.code, params: error.params, message: error.message }
    if (error instanceof AppFailure) return { ok: false, code: error.code, params: error.params ?? {}, message: error.message }
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, code: 'internal', params: { detail }, message: detail }
  }
}

export type Out<K extends MemoryOp> = MemoryRequests[K]['out']
