import { parentPort } from 'node:worker_threads'
import type { ArticleDoc } from '@shared/model'
import { AppFailure } from '@shared/ipc/result'
import { exportedShards } from './export-shards'
import { readBundleArticles } from './read-articles'
import { readBundle } from './read-bundle'
import type { FromWorker, ToWorker, WorkerTask } from './worker-protocol'
import { writeBundle } from './write-bundle'

/**
 * The worker that zips and unzips bundles (bundled as out/main/bundle-worker.js): hashing,
 * deflating and serialising every format run here, so the process answering the windows
 * never stalls on them. One task per worker; it exits when the task ends.
 */
const port = parentPort!
const send = (message: FromWorker): void => port.postMessage(message)
const stop = new AbortController()
let pending: { resolve: (message: ToWorker) => void; reject: (error: unknown) => void } | undefined
/** Articles of a bundle sent to the main thread at a time. */
const ARTICLE_BATCH = 16

port.on('message', (message: WorkerTask | ToWorker) => {
  if ('kind' in message) return void run(message)
  if (message.type === 'cancel') {
    stop.abort()
    pending?.reject(new AppFailure('job.cancelled', 'Cancelled'))
  } else pending?.resolve(message)
  pending = undefined
})

/** Sends a message and waits for the answer (or a cancel). */
function ask<T extends ToWorker>(message: FromWorker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    pending = { resolve: resolve as (message: ToWorker) => void, reject }
    send(message)
  })
}

/** An article read by the main thread's archive (a shard this worker could not read plainly). */
const viaArchive = async (id: string): Promise<ArticleDoc> => (await ask<ToWorker & { type: 'doc' }>({ type: 'read', id })).doc

/**
 * A verified bundle's articles, a batch at a time: the next batch is read while the main
 * thread merges this one, and not before it asks (so at most two batches are in flight).
 */
async function sendArticles(task: Extract<WorkerTask, { kind: 'articles' }>): Promise<number> {
  let batch: ArticleDoc[] = []
  let count = 0
  const flush = async (): Promise<void> => {
    count += batch.length
    const docs = batch
    batch = []
    await ask({ type: 'articles', docs })
  }
  for await (const doc of readBundleArticles(task.path, task.root, task.articles)) {
    stop.signal.throwIfAborted()
    batch.push(doc)
    if (batch.length === ARTICLE_BATCH) await flush()
  }
  if (batch.length > 0) await flush()
  return count
}

async function run(task: WorkerTask): Promise<void> {
  try {
    const value =
      task.kind === 'export'
        ? await writeBundle(task.request, task.registry, task.ids.length, exportedShards(task.articlesDir, task.ids, viaArchive), { signal: stop.signal, progress: (done, total) => send({ type: 'progress', done, total }) })
        : task.kind === 'articles'
          ? await sendArticles(task)
          : await readBundle(task.path, task.limits, progressOfBytes())
    send({ type: 'done', value })
  } catch (error) {
    if (error instanceof AppFailure) send({ type: 'failed', code: error.code, params: error.params ?? {} })
    else if (stop.signal.aborted) send({ type: 'failed', code: 'job.cancelled', params: {} })
    else send({ type: 'failed', code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } })
  }
}

/** Bytes read so far, reported at most every 4 MB. */
function progressOfBytes(): (bytes: number) => void {
  let done = 0
  let reported = 0
  return (bytes) => {
    done += bytes
    if (done - reported < 4 * 1024 * 1024) return
    reported = done
    send({ type: 'progress', done, total: 0 })
  }
}
