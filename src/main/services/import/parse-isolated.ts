import type { Worker } from 'node:worker_threads'
import { ImportFailure, type ImportReasonCode, type ReasonParams } from '@shared/formats/failure'
import type { ParsedInput } from './parse-input'
import { spawnParseWorker } from './worker-entry'

/** What the parse worker is sent and what it answers. */
export interface ParseRequest {
  fileName: string
  bytes: Uint8Array
}
export type ParseReply = { ok: true; value: ParsedInput } | { ok: false; code: ImportReasonCode; params: ReasonParams }

export interface ParseLimits {
  /** A file still being parsed after this long is given up and its worker stopped. */
  timeoutMs: number
  /** The worker's V8 heap (old generation); past it V8 stops the worker, not the process. */
  heapMb: number
}

/**
 * Generous for real articles (a 20 MB HTML page parses in a few seconds and well under this
 * heap), yet small enough that a hostile file costs one bounded wait and no swap.
 */
export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeoutMs: 30_000, heapMb: 512 }

/**
 * Parses untrusted files off the main thread, one at a time, in a worker that is kept between
 * files (starting one costs more than parsing a typical article) and replaced after a file
 * made it time out or run out of memory. While it works, the process keeps answering requests
 * and signals; an idle worker never keeps the process alive.
 */
export class IsolatedParser {
  private worker: Worker | undefined
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly limits: ParseLimits = DEFAULT_PARSE_LIMITS) {}

  /** The article in a file's bytes, or an ImportFailure (`import.timedOut`, `import.outOfMemory`, the parser's own). */
  parse(fileName: string, bytes: Uint8Array): Promise<ParsedInput> {
    const run = this.queue.then(() => this.run({ fileName, bytes }))
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Stops the worker; a later parse starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }

  private start(): Worker {
    const worker = spawnParseWorker({ maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32 })
    // Errors are read by the job that is running; one with no job running must not crash us.
    worker.on('error', () => undefined)
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined
    })
    return worker
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined
    void worker.terminate()
  }

  private run(request: ParseRequest): Promise<ParsedInput> {
    const worker = (this.worker ??= this.start())
    worker.ref()
    return new Promise<ParsedInput>((resolve, reject) => {
      const settle = (outcome: () => void): void => {
        clearTimeout(timer)
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        outcome()
      }
      const onMessage = (reply: ParseReply): void =>
        settle(() => {
          worker.unref()
          if (reply.ok) resolve(reply.value)
          else reject(new ImportFailure(reply.code, reply.params))
        })
      const onError = (error: Error & { code?: string }): void =>
        settle(() => {
          this.discard(worker)
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new ImportFailure('import.outOfMemory', { limit: this.limits.heapMb })
              : new ImportFailure('import.unexpected', { detail: error.message })
          )
        })
      const onExit = (code: number): void =>
        settle(() => reject(new ImportFailure('import.unexpected', { detail: `the parser stopped (exit code ${code})` })))
      const timer = setTimeout(
        () =>
          settle(() => {
            this.discard(worker)
            reject(new ImportFailure('import.timedOut', { seconds: Math.round(this.limits.timeoutMs / 100) / 10 }))
          }),
        this.limits.timeoutMs
      )
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      worker.postMessage(request)
    })
  }
}

let shared: IsolatedParser | undefined

/** The process's parser, with the default limits. */
export function parseIsolated(fileName: string, bytes: Uint8Array): Promise<ParsedInput> {
  shared ??= new IsolatedParser()
  return shared.parse(fileName, bytes)
}
