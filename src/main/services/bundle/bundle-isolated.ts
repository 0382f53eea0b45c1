import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import { spawnWorker } from '../spawn-worker'
import type { BundleContent, ReadBundle } from './read-bundle'
import type { FromWorker, ToWorker, WorkerTask } from './worker-protocol'
import type { ExportSummary } from './write-bundle'

/** Work running in a bundle worker: its result, and a way to stop it (the result then rejects with `job.cancelled`). */
export interface WorkerRun<T> {
  result: Promise<T>
  cancel(): void
}

export interface WorkerHooks {
  progress?: (done: number, total: number) => void
  /** An article the worker could not read from its shard, read by the caller (which holds the archive). */
  read?: (id: string) => Promise<ArticleDoc>
}

/** A cancelled worker that does not answer within this long is stopped outright. */
const CANCEL_GRACE_MS = 5_000

/**
 * A young generation of 16 MB: bundles are streamed, so what a worker allocates is short-lived;
 * a larger one is only grown into over a long run (64 MB measured 40–60 MB more peak RSS,
 * more so at 5,000 articles than at 1,000).
 */
const startWorker = () => spawnWorker(import.meta.url, 'bundle-worker', 'bundle-worker.ts', { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 16 })

const workerFailure = (error: Error & { code?: string }): Error =>
  error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppFailure('bundle.outOfMemory', error.message) : error

function runTask<T>(task: WorkerTask, hooks: WorkerHooks): WorkerRun<T> {
  const worker = startWorker()
  const post = (message: WorkerTask | ToWorker): void => worker.postMessage(message)
  let cancelled = false
  /** Why this side stopped the worker (an article the archive could not read), answered instead of the worker's account. */
  let failure: unknown
  /** Tells the worker to stop: it closes and removes its temporary file first; one stuck past the grace period is stopped. */
  const stop = (): void => {
    post({ type: 'cancel' })
    setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS).unref()
  }
  const result = new Promise<T>((resolve, reject) => {
    const finish = (outcome: () => void): void => {
      worker.removeAllListeners()
      void worker.terminate()
      outcome()
    }
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') hooks.progress?.(message.done, message.total)
      else if (message.type === 'read')
        hooks.read!(message.id).then(
          (doc) => post({ type: 'doc', doc }),
          (error: unknown) => ((failure = error), stop())
        )
      else if (message.type === 'done') finish(() => resolve(message.value as T))
      else if (message.type === 'failed') finish(() => reject(failure ?? new AppFailure(message.code, message.code, message.params)))
    })
    worker.on('error', (error: Error & { code?: string }) => finish(() => reject(failure ?? workerFailure(error))))
    worker.on('exit', (code) =>
      finish(() =>
        reject(failure ?? (cancelled ? new AppFailure('job.cancelled', 'Cancelled') : new AppFailure('internal', 'worker stopped', { detail: `exit code ${code}` })))
      )
    )
  })
  post(task)
  return {
    result,
    cancel: () => {
      if (cancelled) return
      cancelled = true
      stop()
    }
  }
}

export const exportInWorker = (task: Extract<WorkerTask, { kind: 'export' }>, hooks: WorkerHooks): WorkerRun<ExportSummary> => runTask(task, hooks)
export const readInWorker = (task: Extract<WorkerTask, { kind: 'read' }>, hooks: WorkerHooks = {}): WorkerRun<ReadBundle> => runTask(task, hooks)

/**
 * The articles of a verified bundle, read again in a worker a batch at a time (in the order
 * listed) and handed out one by one; stopping early stops the worker.
 */
export async function* articlesInWorker(content: BundleContent): AsyncGenerator<ArticleDoc> {
  const worker = startWorker()
  const inbox: FromWorker[] = []
  let failure: Error | undefined
  let wake: (() => void) | undefined
  const arrived = (): void => {
    wake?.()
    wake = undefined
  }
  worker.on('message', (message: FromWorker) => (inbox.push(message), arrived()))
  worker.on('error', (error: Error) => ((failure = workerFailure(error)), arrived()))
  worker.on('exit', (code) => ((failure ??= new AppFailure('internal', 'worker stopped', { detail: `exit code ${code}` })), arrived()))
  worker.postMessage({ kind: 'articles', path: content.path, root: content.root, articles: content.articles } satisfies WorkerTask)
  try {
    for (;;) {
      const message = inbox.shift()
      if (!message) {
        if (failure) throw failure
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      if (message.type === 'done') return
      if (message.type === 'failed') throw new AppFailure(message.code, message.code, message.params)
      if (message.type !== 'articles') continue
      // Asked at once, so the worker reads the next batch while these are merged.
      worker.postMessage({ type: 'more' } satisfies ToWorker)
      yield* message.docs
    }
  } finally {
    worker.removeAllListeners()
    void worker.terminate()
  }
}
