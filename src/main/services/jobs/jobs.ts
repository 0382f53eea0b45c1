import type { Translate } from '../../i18n'
import { randomBytes } from 'node:crypto'
import type { JobView } from '@shared/ipc/bundle-contract'
import { AppFailure } from '@shared/ipc/result'
import type { ChangeFeed } from '../../change-feed'
import { toAppError } from '../../dispatch'

/** Work a job runs: its result, and how to stop it (the result then rejects with `job.cancelled`). */
export interface JobWork<R> {
  result: Promise<R>
  cancel(): void
}

export interface JobSpec<R> {
  kind: JobView['kind']
  run: (progress: (done: number, total: number) => void) => JobWork<R>
  /** Called when a finished job is forgotten (remove its temporary files). */
  dispose?: () => void
}

/** Progress events are sent at most this often; the start and the end always. */
const PROGRESS_INTERVAL_MS = 100
/** Finished jobs kept for their result; older ones are forgotten (and disposed of). */
const KEEP_FINISHED = 20

interface Entry {
  view: JobView
  cancel(): void
  dispose?: () => void
}

/**
 * Long work run off the request that started it: each job answers at once with its view,
 * publishes `job` events on the change feed as it moves (throttled) and when it ends, and can
 * be cancelled. Any feature can start one; the transports need nothing more.
 */
export class Jobs {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly feed: ChangeFeed,
    private readonly t: Translate
  ) {}

  start<R>(spec: JobSpec<R>): JobView<R> {
    const id = `j_${randomBytes(8).toString('hex')}`
    const view: JobView = { id, kind: spec.kind, state: 'running', done: 0, total: 0 }
    let sentAt = 0
    const progress = (done: number, total: number): void => {
      if (view.state !== 'running') return
      Object.assign(view, { done, total })
      if (Date.now() - sentAt < PROGRESS_INTERVAL_MS) return
      sentAt = Date.now()
      this.publish(view)
    }
    let work: JobWork<R>
    try {
      work = spec.run(progress)
    } catch (error) {
      spec.dispose?.()
      throw error
    }
    this.entries.set(id, { view, cancel: () => work.cancel(), dispose: spec.dispose })
    work.result.then(
      (result) => this.finish(view, { state: 'done', result }),
      (error: unknown) =>
        this.finish(view, error instanceof AppFailure && error.code === 'job.cancelled' ? { state: 'cancelled' } : { state: 'failed', error: toAppError(error, this.t) })
    )
    this.publish(view)
    return { ...view } as JobView<R>
  }

  view(id: string): JobView {
    const entry = this.entries.get(id)
    if (!entry) throw new AppFailure('job.notFound', `No job ${id}`, { id }, 'id')
    return { ...entry.view }
  }

  /** The result of a finished job of this kind (throws job.notFound otherwise). */
  result<R>(id: string, kind: JobView['kind']): R {
    const view = this.view(id)
    if (view.kind !== kind || view.state !== 'done') throw new AppFailure('job.notFound', `No finished ${kind} job ${id}`, { id }, 'id')
    return view.result as R
  }

  cancel(id: string): JobView {
    const entry = this.entries.get(id)
    if (!entry) throw new AppFailure('job.notFound', `No job ${id}`, { id }, 'id')
    if (entry.view.state === 'running') entry.cancel()
    return { ...entry.view }
  }

  /** Stops what runs and forgets everything (the archive is being closed). */
  close(): void {
    for (const entry of this.entries.values()) {
      if (entry.view.state === 'running') entry.cancel()
      entry.dispose?.()
    }
    this.entries.clear()
  }

  private finish(view: JobView, end: Pick<JobView, 'state' | 'result' | 'error'>): void {
    Object.assign(view, end)
    this.publish(view)
    const finished = [...this.entries].filter(([, entry]) => entry.view.state !== 'running')
    for (const [id, entry] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      entry.dispose?.()
      this.entries.delete(id)
    }
  }

  private publish(view: JobView): void {
    this.feed.publish({ type: 'job', job: { ...view } })
  }
}
