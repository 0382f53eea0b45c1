import type { Worker } from 'node:worker_threads'
import type { TagCount } from '@shared/ipc/batch-contract'
import type { ConcordanceResult } from '@shared/ipc/concordance-contract'
import type { SearchIndexStatus, SearchResults } from '@shared/ipc/search-contract'
import { AppFailure } from '@shared/ipc/result'
import { parseQuery } from '@shared/search'
import type { Archive } from '../../archive/archive'
import type { ChangeFeed } from '../../change-feed'
import type { OpenOutcome, WorkerMessage, WorkerRequest } from './protocol'
import { spawnSearchWorker } from './spawn-worker'

export interface SearchRequest {
  query: string
  limit?: number
  facets?: boolean
  /** Also answer every match's id (`SearchResults.ids`). */
  ids?: boolean
}

export type IndexProgress = (done: number, total: number) => void

/** English messages of the query errors; the transports show the translated `errors:<code>`. */
const QUERY_MESSAGES: Record<string, string> = {
  'search.unclosedQuote': 'A quote is not closed',
  'search.unknownField': 'Unknown search field',
  'search.emptyValue': 'A search field has no value',
  'search.badDate': 'Not a date or date range',
  'search.badValue': 'Not a value this search field takes'
}

/**
 * The search index of an open archive, kept in a worker: opened (or built) in the background
 * when the app opens the archive (`warm`), else on first use; then told of every article
 * written, moved or deleted and of every registry change, in order, so a query sent after a
 * change sees it. How far a build has come is published on the change feed.
 */
export class SearchService {
  private worker: Worker | undefined
  private opened: Promise<OpenOutcome> | undefined
  private seq = 0
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  private readonly progressListeners = new Set<IndexProgress>()
  private pendingIds = new Set<string>()
  private readonly unwatch: Array<() => void>
  private current: SearchIndexStatus = { state: 'idle', done: 0, total: 0 }

  constructor(private readonly archive: Archive, private readonly feed: ChangeFeed) {
    this.unwatch = [
      archive.onArticleWritten((id) => this.articleWritten(id)),
      feed.subscribe((event) => {
        if (event.type === 'registry' && this.worker) void this.send({ op: 'registry' }).catch(() => undefined)
      })
    ]
  }

  /** Called with build progress while the index is opened or rebuilt; answers an unsubscribe. */
  onProgress(listener: IndexProgress): () => void {
    this.progressListeners.add(listener)
    return () => this.progressListeners.delete(listener)
  }

  get status(): SearchIndexStatus {
    return this.current
  }

  /** Opens the index now, in the background, so the first search finds it ready. */
  warm(): void {
    this.open().catch(() => undefined)
  }

  /** Loads the stored index, or builds it from the shards; `rebuild` ignores what is stored. */
  open(rebuild = false): Promise<OpenOutcome> {
    if (rebuild || !this.opened) {
      const dir = this.archive.dir
      const opened = this.send({ op: 'open', dir, readOnly: this.archive.readOnly !== undefined, rebuild }) as Promise<OpenOutcome>
      this.opened = opened
      opened.then(
        ({ articles }) => this.opened === opened && this.setStatus({ state: 'ready', done: articles, total: articles }),
        // The worker stopping forgets `opened` before this runs.
        () => (this.opened === opened || this.opened === undefined) && this.setStatus({ ...this.current, state: 'failed' })
      )
    }
    return this.opened
  }

  private setStatus(status: SearchIndexStatus): void {
    this.current = status
    this.feed.publish({ type: 'searchIndex', status })
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    const parsed = parseQuery(request.query)
    if (!parsed.ok) {
      const { code, params } = parsed.error
      throw new AppFailure(code, QUERY_MESSAGES[code] ?? code, params, 'query')
    }
    await this.open()
    this.sendPending()
    return (await this.send({ op: 'query', query: parsed.query, limit: request.limit ?? 50, facets: request.facets ?? false, ids: request.ids })) as SearchResults
  }

  /**
   * Every occurrence of `needle` (a concordance needle, see shared/concordance) from the texts
   * the index holds; null while the index is not open and ready (the caller reads shards).
   */
  async concordance(needle: string, limit: number): Promise<ConcordanceResult | null> {
    if (!this.opened || this.current.state !== 'ready') return null
    const parsed = parseQuery(`"${needle}"`)
    if (!parsed.ok) return null
    await this.open()
    this.sendPending()
    return (await this.send({ op: 'concordance', query: parsed.query, needle, limit })) as ConcordanceResult
  }

  /** How many articles carry each article tag, most used first (the index is opened if need be). */
  async tagCounts(): Promise<TagCount[]> {
    await this.open()
    this.sendPending()
    return (await this.send({ op: 'tagCounts' })) as TagCount[]
  }

  /** Stores the index if it changed and stops the worker. */
  async close(): Promise<void> {
    this.unwatch.forEach((stop) => stop())
    const worker = this.worker
    if (!worker) return
    this.sendPending()
    await this.send({ op: 'flush' }).catch(() => undefined)
    this.worker = undefined
    await worker.terminate()
  }

  private articleWritten(id: string): void {
    if (!this.worker) return
    // Collected for one tick: an import or a compound change writes many at once.
    if (this.pendingIds.size === 0) queueMicrotask(() => this.sendPending())
    this.pendingIds.add(id)
  }

  private sendPending(): void {
    if (this.pendingIds.size === 0) return
    const ids = [...this.pendingIds]
    this.pendingIds = new Set()
    void this.send({ op: 'refresh', ids }).catch(() => undefined)
  }

  private start(): Worker {
    const worker = spawnSearchWorker()
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        this.setStatus({ state: 'building', done: message.done, total: message.total })
        for (const listener of this.progressListeners) listener(message.done, message.total)
        return
      }
      const waiting = this.waiting.get(message.seq)
      this.waiting.delete(message.seq)
      if (message.ok) waiting?.resolve(message.value)
      else waiting?.reject(new AppFailure('search.failed', message.message, { detail: message.message }))
    })
    const fail = (error: Error) => {
      if (this.worker === worker) {
        this.worker = undefined
        this.opened = undefined
      }
      for (const waiting of this.waiting.values()) waiting.reject(new AppFailure('search.failed', error.message, { detail: error.message }))
      this.waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', () => fail(new Error('The search worker stopped')))
    worker.unref()
    return worker
  }

  private send(request: WorkerRequest): Promise<unknown> {
    const worker = (this.worker ??= this.start())
    const seq = ++this.seq
    worker.ref()
    return new Promise<unknown>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject })
      worker.postMessage({ seq, request })
    }).finally(() => {
      if (this.waiting.size === 0) worker.unref()
    })
  }
}
