import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { Low } from 'lowdb'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc, ArticleSummary, CatalogDoc, RegistryDoc } from '@shared/model'
import { Backups } from './backups'
import type { Catalog } from './catalog'
import { compoundSteps, shardIdOf, type CompoundChange } from './compound'
import { DurableAdapter } from './durable-adapter'
import { writeFileDurable } from './durable-write'
import { recoverJournals, runJournaled, UnfinishedJournal, type CompletedJournal } from './journal'
import { KeyedQueue } from './keyed-queue'
import { archivePaths, createFolders, removeTempFiles, type ArchivePaths } from './layout'
import { loadCatalog, loadRegistry, readRaw } from './load-documents'
import { acquireLock, type ArchiveLock } from './lock'
import { quarantineMove } from './quarantine'
import { reconcile } from './reconcile'
import { loadShard, shardFile, writeShard } from './shard-store'
import { stableStringify } from './stable-json'
import { summarize } from './summary'
import { deepFreeze, validateArticle, validateRegistry } from './validate'

export { summarize } from './summary'
export type { ArchiveMove, CompoundChange } from './compound'
export { textHash } from './text-hash'

export interface OpenReport {
  quarantined: { file: string; reason: string }[]
  catalogRebuilt: boolean
  migrated: number
  /** Multi-file changes a crash interrupted, finished by this open (see journal.ts). */
  journals: CompletedJournal[]
}

export interface OpenOptions {
  /** docs written into a NEW archive (sample articles) */
  seed?: () => ArticleDoc[] | Promise<ArticleDoc[]>
}

/** The catalog is written at most this often while articles change; always on flush/close. */
export const CATALOG_FLUSH_DELAY_MS = 250
const REGISTRY_KEY = '\0registry'
const CATALOG_KEY = '\0catalog'

/**
 * An open archive folder. Article shards are the source of truth and are written durably one
 * by one; the catalog (archive.json) is a derived index kept in memory and written in batches.
 */
export class Archive {
  readonly dir: string
  /** What opening found; `quarantined` also gains shards found damaged later by read/update. */
  readonly report: OpenReport
  private readonly queue = new KeyedQueue()
  private readonly catalogDb: Low<CatalogDoc>
  private readonly registryDb: Low<RegistryDoc>
  private readonly backups: { catalog: Backups; registry: Backups }
  private flushTimer: NodeJS.Timeout | undefined
  private closing: Promise<void> | undefined
  private readonly writeListeners = new Set<(id: string) => void>()
  /** A compound change left half-applied (disk full, say): later writes could be overwritten when the next open finishes it. */
  private unfinished: AppFailure | undefined

  private constructor(
    private readonly paths: ArchivePaths,
    private readonly lock: ArchiveLock,
    private readonly catalog: Catalog,
    registry: RegistryDoc,
    report: OpenReport
  ) {
    this.dir = paths.dir
    this.report = report
    this.catalogDb = new Low<CatalogDoc>(new DurableAdapter<CatalogDoc>(paths.catalog), catalog.toDoc())
    this.registryDb = new Low<RegistryDoc>(new DurableAdapter<RegistryDoc>(paths.registry), deepFreeze(registry))
    this.backups = { catalog: new Backups(paths.backups, 'archive'), registry: new Backups(paths.backups, 'registry') }
  }

  static async open(dir: string, options: OpenOptions = {}): Promise<Archive> {
    const paths = archivePaths(resolve(dir))
    await mkdir(paths.dir, { recursive: true })
    const lock = await acquireLock(paths.dir)
    try {
      await createFolders(paths)
      await removeTempFiles(paths.dir)
      await removeTempFiles(paths.backups)
      await removeTempFiles(paths.quarantine)
      await removeTempFiles(paths.journal)
      // Before anything is read: an interrupted compound change is finished first.
      const recovered = await recoverJournals(paths.dir, paths.quarantine).catch(unfinishedFailure)
      const shardNames = await removeTempFiles(paths.articles)
      const [rawCatalog, rawRegistry] = await Promise.all([readRaw(paths.catalog), readRaw(paths.registry)])
      const isNew = rawCatalog.status === 'missing' && rawRegistry.status === 'missing' && shardNames.length === 0
      const report: OpenReport = { quarantined: [...recovered.quarantined], catalogRebuilt: false, migrated: 0, journals: recovered.completed }

      const registryBackups = new Backups(paths.backups, 'registry')
      const registry = await loadRegistry(paths, rawRegistry, rawCatalog, registryBackups)
      const loaded = await loadCatalog(paths, rawCatalog, isNew)
      for (const entry of [registry.quarantined, loaded.quarantined]) if (entry) report.quarantined.push(entry)
      report.catalogRebuilt = loaded.rebuilt
      report.migrated += Number(registry.migrated) + Number(loaded.migrated)

      const reconciled = await reconcile(paths.articles, paths.quarantine, shardNames, loaded.catalog)
      report.quarantined.push(...reconciled.quarantined)
      report.migrated += reconciled.migrated

      const archive = new Archive(paths, lock, loaded.catalog, registry.registry, report)
      // The catalog was written before the crash: re-read the shards a journal rewrote.
      for (const path of recovered.completed.flatMap((journal) => journal.paths)) {
        const id = shardIdOf(path)
        if (id) await archive.read(id).catch(() => undefined)
      }
      if (registry.write) await archive.registryDb.write()
      if (isNew && options.seed) for (const doc of await options.seed()) await archive.create(doc)
      await archive.flush()
      return archive
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  list(): ArticleSummary[] {
    return this.catalog.list()
  }

  has(id: string): boolean {
    return this.catalog.has(id)
  }

  findByTextHash(hash: string): string | undefined {
    return this.catalog.findByTextHash(hash)
  }

  async read(id: string): Promise<ArticleDoc> {
    this.assertOpen()
    return this.queue.run(id, () => this.load(id))
  }

  async create(doc: ArticleDoc): Promise<void> {
    this.assertWritable()
    const valid = validateArticle(doc, doc?.article?.id)
    const id = valid.article.id
    return this.queue.run(id, async () => {
      if (this.catalog.has(id)) throw new AppFailure('article.exists', `Article ${id} already exists`, { id })
      await writeShard(shardFile(this.paths.articles, id), valid)
      this.catalog.set(summarize(valid))
      this.scheduleFlush()
      this.written(id)
    })
  }

  /** Calls `listener` with the id of every article created or changed; answers an unsubscribe. */
  onArticleWritten(listener: (id: string) => void): () => void {
    this.writeListeners.add(listener)
    return () => this.writeListeners.delete(listener)
  }

  private written(id: string): void {
    for (const listener of this.writeListeners) listener(id)
  }

  /**
   * Changes one article: `mutate` returns the new document, or edits `current` in place and
   * returns nothing. Returning `current` itself means "no change": nothing is written.
   */
  async update(id: string, mutate: (doc: ArticleDoc) => ArticleDoc | void): Promise<ArticleDoc> {
    this.assertWritable()
    return this.queue.run(id, async () => {
      const current = await this.load(id)
      const next = mutate(current)
      if (next === current) return current
      // Every write raises the revision, whoever makes it: a stale view can always tell.
      const valid = validateArticle({ ...(next ?? current), revision: (current.revision ?? 0) + 1 }, id)
      if (valid.article.id !== id) {
        throw new AppFailure('article.invalid', `The id of article ${id} cannot change`, { id }, 'article.id')
      }
      await writeShard(shardFile(this.paths.articles, id), valid)
      this.catalog.set(summarize(valid))
      this.scheduleFlush()
      this.written(id)
      return valid
    })
  }

  /** The tag schema and entities; frozen — change them through updateRegistry. */
  registry(): RegistryDoc {
    return this.registryDb.data
  }

  async updateRegistry(mutate: (reg: RegistryDoc) => RegistryDoc | void): Promise<RegistryDoc> {
    this.assertWritable()
    return this.queue.run(REGISTRY_KEY, async () => {
      const draft = structuredClone(this.registryDb.data)
      const next = deepFreeze(validateRegistry(mutate(draft) ?? draft))
      await new Low<RegistryDoc>(this.registryDb.adapter, next).write()
      await this.registryWritten(next)
      return next
    })
  }

  /**
   * A change of several files — the registry, articles, moves — that lands whole or not at
   * all, even when the process is killed midway (an intent journal, see journal.ts).
   * `build` runs holding the registry and the articles named, so nothing else changes them
   * between its reads (`read`) and the writes; it answers the change and a value to return.
   */
  async compound<T>(
    articleIds: string[],
    build: (read: (id: string) => Promise<ArticleDoc>) => Promise<{ change: CompoundChange; value: T }>
  ): Promise<{ value: T; articles: ArticleDoc[] }> {
    this.assertWritable()
    return this.queue.runAll([REGISTRY_KEY, ...articleIds], async () => {
      const seen = new Map<string, ArticleDoc>()
      const { change, value } = await build((id) => this.load(id).then((doc) => (seen.set(id, doc), doc)))
      const registry = change.registry === undefined ? undefined : deepFreeze(validateRegistry(change.registry))
      // Every write raises the revision, as update() does: a stale view can always tell.
      const articles = (change.articles ?? []).map((doc) =>
        validateArticle({ ...doc, revision: (seen.get(doc?.article?.id)?.revision ?? 0) + 1 }, doc?.article?.id)
      )
      const moves = change.moves ?? []
      const steps = compoundSteps(registry, articles, moves)
      const only = steps.length === 1 ? steps[0] : undefined
      // One file needs no journal: its own durable write is already all or nothing.
      if (only?.op === 'write') await writeFileDurable(join(this.dir, ...only.path.split('/')), only.text)
      else if (steps.length > 0) await this.journaled(change.label, steps)
      if (registry) await this.registryWritten(registry)
      for (const doc of articles) this.catalog.set(summarize(doc))
      for (const path of moves.flatMap((move) => [move.from, move.to])) {
        const id = shardIdOf(path)
        if (id) await this.load(id).catch(() => undefined)
      }
      for (const doc of articles) this.written(doc.article.id)
      this.scheduleFlush()
      return { value, articles }
    })
  }

  private async journaled(label: string, steps: Parameters<typeof runJournaled>[1]['steps']): Promise<void> {
    await runJournaled(this.dir, { label, steps }).catch((error: unknown) =>
      unfinishedFailure(error, (failure) => (this.unfinished = failure))
    )
  }

  private async registryWritten(next: RegistryDoc): Promise<void> {
    this.registryDb.data = next
    await this.backups.registry.offer(() => stableStringify(next))
  }

  flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer)
    this.flushTimer = undefined
    return this.queue.run(CATALOG_KEY, async () => {
      if (!this.catalog.dirty) return
      const doc = this.catalog.toDoc()
      this.catalog.dirty = false
      try {
        this.catalogDb.data = doc
        await this.catalogDb.write()
      } catch (error) {
        this.catalog.dirty = true
        throw error
      }
      await this.backups.catalog.offer(() => stableStringify(doc))
    })
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.queue.idle()
        await this.flush()
        await this.backups.catalog.flushPending()
        await this.backups.registry.flushPending()
      } finally {
        if (this.flushTimer) clearTimeout(this.flushTimer)
        await this.lock.release()
      }
    })()
    return this.closing
  }

  private assertOpen(): void {
    if (this.closing) throw new AppFailure('archive.closed', `Archive ${this.dir} is closed`, { dir: this.dir })
  }

  private assertWritable(): void {
    this.assertOpen()
    if (this.unfinished) throw this.unfinished
  }

  private scheduleFlush(): void {
    if (this.flushTimer || this.closing) return
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined
      // A failed batch stays dirty and is retried by the next flush or by close().
      this.flush().catch(() => undefined)
    }, CATALOG_FLUSH_DELAY_MS)
    this.flushTimer.unref()
  }

  /** Reads a shard inside its article's queue; keeps the catalog and quarantine in step. */
  private async load(id: string): Promise<ArticleDoc> {
    const file = shardFile(this.paths.articles, id)
    const result = await loadShard(file, id)
    if (result.status === 'ok') {
      this.catalog.set(summarize(result.doc))
      if (this.catalog.dirty) this.scheduleFlush()
      return result.doc
    }
    this.catalog.delete(id)
    this.scheduleFlush()
    if (result.status === 'missing') throw new AppFailure('article.notFound', `No article with id ${id}`, { id })
    const entry = await quarantineMove(this.paths.quarantine, file, result.reason)
    this.report.quarantined.push(entry)
    throw new AppFailure('article.damaged', `Article ${id} was damaged and moved to quarantine: ${result.reason}`, {
      id,
      file: entry.storedAs
    })
  }
}

/** An UnfinishedJournal as the translated failure (remembered by `keep`); anything else as it is. */
function unfinishedFailure(error: unknown, keep: (failure: AppFailure) => void = () => undefined): never {
  if (!(error instanceof UnfinishedJournal)) throw error
  const detail = (error.cause as Error)?.message ?? String(error.cause)
  const failure = new AppFailure('archive.unfinishedChange', `A change to several files could not be finished (${detail})`, { detail })
  keep(failure)
  throw failure
}
