import { ImportSwitch } from './import-switch'

/** How many ended (or early-cancelled) import ids are remembered. */
const REMEMBER = 32

function remember(ids: Set<string>, id: string): void {
  ids.add(id)
  for (const old of ids) {
    if (ids.size <= REMEMBER) break
    ids.delete(old)
  }
}

/**
 * The TMX imports under way, by the id their caller chose, so that a cancel can name one. A
 * cancel may arrive before its import does (a large file still being sent): it is remembered
 * and the import stops as soon as it starts.
 */
export class TmxImports {
  private readonly running = new Map<string, ImportSwitch>()
  private readonly cancelledEarly = new Set<string>()
  private readonly ended = new Set<string>()

  /** The switch of a starting import (cancelled already when its cancel came first). */
  start(file: string, importId?: string): ImportSwitch {
    const stop = new ImportSwitch(file)
    if (importId === undefined) return stop
    if (this.cancelledEarly.delete(importId)) stop.cancel()
    this.running.set(importId, stop)
    return stop
  }

  end(importId: string | undefined, stop: ImportSwitch): void {
    if (importId === undefined || this.running.get(importId) !== stop) return
    this.running.delete(importId)
    remember(this.ended, importId)
  }

  /** False when the import has already ended or its write has begun (it then completes). */
  cancel(importId: string): boolean {
    const stop = this.running.get(importId)
    if (stop) return stop.cancel()
    if (this.ended.has(importId)) return false
    remember(this.cancelledEarly, importId)
    return true
  }
}
