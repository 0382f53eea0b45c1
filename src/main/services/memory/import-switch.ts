import { AppFailure } from '@shared/ipc/result'

const RUNNING = 0
const CANCELLED = 1
const COMMITTING = 2

/** The refusal a cancelled TMX import ends with: nothing of the file was stored. */
export const importCancelled = (file: string): AppFailure => new AppFailure('memory.importCancelled', `Import of ${file} cancelled`, { file })

/**
 * A TMX import's stop switch, one cell of shared memory that main and the memory worker both
 * see at once (the worker reads it even in the middle of a long synchronous loop, without
 * waiting for a message). Cancel and commit race for the cell: whichever comes first wins, so
 * a cancel that succeeds guarantees memory/imported.json is never written for this import, and
 * one that comes once the write has begun is refused (the import then completes normally).
 */
export class ImportSwitch {
  private readonly cancelledNow: Promise<never>
  private rejectNow: (error: Error) => void = () => undefined

  constructor(
    readonly file: string,
    readonly cell: Int32Array = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
  ) {
    this.cancelledNow = new Promise<never>((_, reject) => (this.rejectNow = reject))
    // Nobody may be waiting on it yet: a cancel before the import starts is not an unhandled rejection.
    this.cancelledNow.catch(() => undefined)
  }

  /** Stops the import unless its write has already begun; true when it stopped. */
  cancel(): boolean {
    const before = Atomics.compareExchange(this.cell, 0, RUNNING, CANCELLED)
    if (before === COMMITTING) return false
    this.rejectNow(importCancelled(this.file))
    return true
  }

  get cancelled(): boolean {
    return Atomics.load(this.cell, 0) === CANCELLED
  }

  /** Throws when cancelled: the worker calls it between steps of the import. */
  check(): void {
    if (this.cancelled) throw importCancelled(this.file)
  }

  /** Claims the right to write the import; throws when it was cancelled first. */
  commit(): void {
    if (Atomics.compareExchange(this.cell, 0, RUNNING, COMMITTING) === CANCELLED) throw importCancelled(this.file)
  }

  /** Settles like `work`, or rejects with the cancel as soon as one succeeds (the worker may still be unwinding). */
  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.cancelledNow])
  }
}
