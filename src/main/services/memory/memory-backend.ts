import type { Worker } from 'node:worker_threads'
import { AppFailure } from '@shared/ipc/result'
import { spawnWorker } from '../spawn-worker'
import { MemoryCore, type ImportProgress } from './memory-core'
import type { MemoryOp, MemoryRequest, MemoryWorkerMessage } from './memory-protocol'
import { answer, type Answer, type Out } from './memory-requests'

/** Where the memory's index lives: in the memory worker (the app, the CLI) or in-process (tests, benches). */
export interface MemoryBackend {
  /** The request's answer; a refusal rejects with an AppFailure carrying its code and parameters. */
  request<K extends MemoryOp>(request: Extract<MemoryRequest, { op: K }>, progress?: ImportProgress): Promise<Out<K>>
  close(): Promise<void>
}

function settle(answered: Answer): unknown {
  if (answered.ok) return answered.value
  throw new AppFailure(answered.code, answered.message, answered.params)
}

/** The memory in this thread: what the worker runs, without the messages. */
export class LocalMemory implements MemoryBackend {
  private readonly core = new MemoryCore()

  async request<K extends MemoryOp>(request: Extract<MemoryRequest, { op: K }>, progress?: ImportProgress): Promise<Out<K>> {
    return settle(await answer(this.core, request, progress)) as Out<K>
  }

  async close(): Promise<void> {}
}

/** Past this heap the worker is stopped (a TMX too large to hold), not the process. */
const WORKER_HEAP_MB = 2048

/**
 * The memory in the memory worker, started on first use. Requests are answered in the order
 * sent; an idle worker never keeps the process alive. When the worker stops (out of memory, a
 * crash), every waiting request fails and `onLost` lets the owner load the memory again.
 */
export class WorkerMemory implements MemoryBackend {
  private worker: Worker | undefined
  private seq = 0
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; progress?: ImportProgress }>()

  constructor(private readonly onLost: () => void) {}

  request<K extends MemoryOp>(request: Extract<MemoryRequest, { op: K }>, progress?: ImportProgress): Promise<Out<K>> {
    const worker = (this.worker ??= this.start())
    const seq = ++this.seq
    worker.ref()
    return new Promise<unknown>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, progress })
      worker.postMessage({ seq, request })
    }).finally(() => {
      if (this.waiting.size === 0) worker.unref()
    }) as Promise<Out<K>>
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }

  private start(): Worker {
    const worker = spawnWorker(import.meta.url, 'memory-worker', 'memory-worker.ts', { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 })
    worker.on('message', (message: MemoryWorkerMessage) => {
      const waiting = this.waiting.get(message.seq)
      if (message.type === 'progress') return waiting?.progress?.(message.stage, message.done, message.total)
      this.waiting.delete(message.seq)
      try {
        waiting?.resolve(settle(message))
      } catch (error) {
        waiting?.reject(error as Error)
      }
    })
    const lost = (failure: AppFailure): void => {
      if (this.worker !== worker) return
      this.worker = undefined
      for (const waiting of this.waiting.values()) waiting.reject(failure)
      this.waiting.clear()
      this.onLost()
    }
    worker.on('error', (error: Error & { code?: string }) =>
      lost(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppFailure('import.outOfMemory', error.message, { limit: WORKER_HEAP_MB })
          : new AppFailure('internal', error.message, { detail: error.message })
      )
    )
    worker.on('exit', (code) => lost(new AppFailure('internal', 'The memory worker stopped', { detail: `the memory worker stopped (exit code ${code})` })))
    worker.unref()
    return worker
  }
}
