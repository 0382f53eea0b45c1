import { resolve } from 'node:path'
import { Low } from 'lowdb'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc, ArticleSummary, CatalogDoc, RegistryDoc } from '@shared/model'
import { Bookkeeping } from './bookkeeping'
import { validateCompound, writeCompound, type CompoundWriteHost } from './compound-write'
import { writeStagedCompound, type StagedChange, type StagedOutcome } from './compound-staged'
import { shardIdOf, type ArchiveMove, type CompoundChange } from './compound'
import { createAtomically, isAbsentOrEmpty } from './create-atomically'
import type { Catalog } from './catalog'
import { DurableAdapter } from './durable-adapter'
import { KeyedQueue } from './keyed-queue'
import { ArticleLoader } from './article-loader'
import { CatalogWriter } from './catalog-writer'
import { archivePaths, type ArchivePaths } from './layout'
import { PendingSummaries } from './pending-summaries'
import { loadArchive, unwritableReason, type OpenReport } from './load-archive'
import type { ReadOnlyReason } from './open-checks'
import type { ShardReader } from './read-article'
import { shardFile, writeShard } from './shard-store'
import { deepFreeze, validateArticle, validateRegistry } from './validate'
import { ArchiveTrash } from './trash'

export { summarize } from './summary'
export type { OpenReport } from './load-archive'
export type { ArchiveMove, CompoundChange } from './compound'
export { textHash } from './text-hash'
export { CATALOG_FLUSH_DELAY_MS } from './catalog-writer'

export interface OpenOptions {
  /** docs written into a NEW archive (sample articles) */
  seed?: () => ArticleDoc[] | Promise<ArticleDoc[]>
  /** Open without writing anything (no lock, no repair); also chosen for an unwritable folder. */
  readOnly?: boolean
}

const REGISTRY_KEY = '\0registry'

/**
 * An open archive folder. Article shards are the source of truth and are written durably one
 * by one; the catalog (archive.json) is a derived index kept in memory and written in batches.
 */
export class Archive {
  readonly dir: string
  /** What opening found; `quarantined` also gains shards found damaged later by read/update. */
  readonly report: OpenReport
  /** Deleted articles and entities (trash/), restorable. */
  readonly trash: ArchiveTrash
  private readonly queue = new KeyedQueue()
  private readonly registryDb: Low<RegistryDoc>
  private readonly bookkeeping: Bookkeeping
  private readonly pending: PendingSummaries
  private readonly catalogWriter: CatalogWriter
  private closing: Promise<void> | undefined
  private readOnlyReason: ReadOnlyReason | undefined
  private readonly writeListeners = new Set<(id: string) => void>()
  private readonly loader: ArticleLoader
  /** A compound change left half-applied (disk full, say): later writes could be overwritten when the next open finishes it. */
  private unfinished: AppFailure | undefined

  private constructor(
    private readonly paths: ArchivePaths,
    private readonly lock: { release(): Promise<void> },
    private readonly catalog: Catalog,
    registry: RegistryDoc,
    report: OpenReport,
    pendingIds: string[]
  ) {
    this.dir = paths.dir
    this.report = report
    this.registryDb = new Low<RegistryDoc>(new DurableAdapter<RegistryDoc>(paths.registry), deepFreeze(registry))
    this.bookkeeping = new Bookkeeping(paths, report, () => this.readOnlyReason !== undefined)
    this.pending = new PendingSummaries(paths.index, pendingIds)
    this.trash = new ArchiveTrash(paths.trash, (id) => this.catalog.has(id))
    this.catalogWriter = new CatalogWriter({
      catalog,
      db: new Low<CatalogDoc>(new DurableAdapter<CatalogDoc>(paths.catalog), catalog.toDoc()),
      pending: this.pending,
      backups: this.bookkeeping.catalogBackups,
      queue: this.queue,
      readOnly: () => this.readOnlyReason !== undefined,
      closing: () => this.closing !== undefined,
      backupFailed: (error) => this.bookkeeping.failed('backups', error)
    })
    const reader: ShardReader = {
      paths,
      catalog,
      trash: this.trash,
      report,
      readOnly: () => this.readOnlyReason !== undefined,
      appendDamage: (notes) => this.bookkeeping.appendDamage(notes),
      becomeReadOnlyForNewer: (file) => this.becomeReadOnlyForNewer(file),
      catalogChanged: () => this.scheduleFlush()
    }
    this.loader = new ArticleLoader(reader, catalog)
  }

  static async open(dir: string, options: OpenOptions = {}): Promise<Archive> {
    const { seed } = options
    if (seed && (await isAbsentOrEmpty(resolve(dir)))) {
      await createAtomically(resolve(dir), async (folder) => (await Archive.openInPlace(folder, { seed })).close())
    }
    return Archive.openInPlace(dir, options)
  }

  private static async openInPlace(dir: string, options: OpenOptions): Promise<Archive> {
    const paths = archivePaths(resolve(dir))
    const readOnly = options.readOnly ? { code: 'archive.readOnly' as const, params: { dir: paths.dir } } : await unwritableReason(paths.dir)
    const loaded = await loadArchive(paths, readOnly)
    try {
      const archive = new Archive(paths, loaded.lock, loaded.catalog, loaded.registry, loaded.report, loaded.pendingIds)
      archive.readOnlyReason = loaded.readOnly
      await archive.bookkeeping.appendDamage(loaded.damage)
      // The catalog was written before the crash: re-read the shards a journal rewrote.
      for (const path of loaded.report.journals.flatMap((journal) => journal.paths)) {
        const id = shardIdOf(path)
        if (id) await archive.read(id).catch(() => undefined)
      }
      if (loaded.writeRegistry) await archive.registryDb.write()
      if (loaded.isNew && options.seed && !archive.readOnlyReason) for (const doc of await options.seed()) await archive.create(doc)
      await archive.flushBookkeeping()
      return archive
    } catch (error) {
      await loaded.lock.release()
      throw error
    }
  }

  list(): ArticleSummary[] {
    return this.catalog.list()
  }

  /** Set when this archive must not be written (written by a newer Scriptorium); else undefined. */
  get readOnly(): ReadOnlyReason | undefined {
    return this.readOnlyReason
  }

  has(id: string): boolean {
    return this.catalog.has(id)
  }

  findByTextHash(hash: string): string | undefined {
    return this.catalog.findByTextHash(hash)
  }

  async read(id: string): Promise<ArticleDoc> {
    this.assertOpen()
    return this.queue.run(id, () => this.loader.load(id))
  }

  async create(doc: ArticleDoc): Promise<void> {
    this.assertWritable()
    const valid = validateArticle(doc, doc?.article?.id)
    const id = valid.article.id
    return this.queue.run(id, async () => {
      if (this.catalog.has(id)) throw new AppFailure('article.exists', `Article ${id} already exists`, { id })
      await this.writeAndSummarize(valid)
      this.written(id)
    })
  }

  /**
   * Changes one article: `mutate` returns the new document, or edits `draft` (a copy of the
   * stored one) in place and returns nothing. Returning `draft` itself means "no change":
   * nothing is written. Documents the archive hands out are frozen.
   */
  async update(id: string, mutate: (draft: ArticleDoc) => ArticleDoc | void): Promise<ArticleDoc> {
    this.assertWritable()
    return this.queue.run(id, async () => {
      const current = await this.loader.load(id)
      const draft = structuredClone(current)
      const next = mutate(draft)
      if (next === draft) return current
      // Every write raises the revision, whoever makes it: a stale view can always tell.
      const valid = validateArticle({ ...(next ?? draft), revision: (current.revision ?? 0) + 1 }, id, current)
      if (valid.article.id !== id) {
        throw new AppFailure('article.invalid', `The id of article ${id} cannot change`, { id }, 'article.id')
      }
      await this.writeAndSummarize(valid)
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

  /** Calls `listener` with the id of every article created or changed; answers an unsubscribe. */
  onArticleWritten(listener: (id: string) => void): () => void {
    this.writeListeners.add(listener)
    return () => this.writeListeners.delete(listener)
  }

  private written(id: string): void {
    for (const listener of this.writeListeners) listener(id)
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
      const { change, value } = await build((id) => this.loader.load(id).then((doc) => (seen.set(id, doc), doc)))
      const { registry, articles } = validateCompound(change, seen)
      await writeCompound(this.compoundHost(), change, registry, articles)
      if (registry) await this.registryWritten(registry)
      await this.moved(change.moves ?? [])
      for (const doc of articles) this.written(doc.article.id)
      this.scheduleFlush()
      return { value, articles }
    })
  }

  /**
   * A compound change too large to hold in memory (a bundle import): `build` reads and stages
   * the articles one at a time (see compound-staged.ts); they land whole or not at all.
   */
  async stagedCompound<T>(articleIds: string[], build: (change: StagedChange) => Promise<StagedOutcome<T>>): Promise<T> {
    this.assertWritable()
    return this.queue.runAll([REGISTRY_KEY, ...articleIds], async () => {
      const { value, registry, written } = await writeStagedCompound(this.compoundHost(), new Set(articleIds), (id) => this.loader.load(id), build)
      if (registry) await this.registryWritten(registry)
      for (const id of written) this.written(id)
      this.scheduleFlush()
      return value
    })
  }

  private compoundHost(): CompoundWriteHost {
    return { paths: this.paths, pending: this.pending, loader: this.loader, catalog: this.catalog, unfinished: (failure: AppFailure) => (this.unfinished = failure) }
  }

  /** Stored: from here on a failure must not make the caller believe nothing changed. */
  private async registryWritten(next: RegistryDoc): Promise<void> {
    this.registryDb.data = next
    await this.bookkeeping.offerRegistry(next)
  }

  flush(): Promise<void> {
    return this.catalogWriter.flush()
  }

  /** The real write of a change, and its summary in the catalog (saved in the next batch). */
  private async writeAndSummarize(doc: ArticleDoc): Promise<void> {
    const id = doc.article.id
    await this.pending.willWrite(id)
    try {
      this.catalog.set(this.loader.cached(doc, await writeShard(shardFile(this.paths.articles, id), doc)).summary)
    } catch (error) {
      this.loader.forget(id)
      throw error
    } finally {
      this.pending.done(id)
    }
    this.scheduleFlush()
  }

  /**
   * Writes the catalog and pending backups; a failure is noted, not thrown: the shards are
   * already durable and the next open rebuilds the summaries written after the catalog.
   */
  private async flushBookkeeping(): Promise<void> {
    await this.flush().catch((error) => this.bookkeeping.failed('archive.json', error))
    await this.bookkeeping.flushBackups()
  }

  private becomeReadOnlyForNewer(file: string): void {
    this.readOnlyReason ??= { code: 'archive.newerVersion', params: { file } }
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.queue.idle()
        await this.flushBookkeeping()
      } finally {
        this.catalogWriter.cancel()
        await this.lock.release()
      }
    })()
    return this.closing
  }

  /**
   * The catalog follows shards a compound change moved: one that left articles/ (for the
   * trash) is forgotten, one that came in is read and listed.
   */
  private async moved(moves: ArchiveMove[]): Promise<void> {
    for (const move of moves) {
      for (const path of [move.from, move.to]) {
        const id = shardIdOf(path)
        if (id) this.loader.forget(id)
      }
      const left = shardIdOf(move.from)
      if (left) {
        this.catalog.delete(left)
        this.written(left)
      }
      const came = shardIdOf(move.to)
      if (came) {
        await this.loader.load(came).catch(() => undefined)
        this.written(came)
      }
    }
  }

  private assertOpen(): void {
    if (this.closing) throw new AppFailure('archive.closed', `Archive ${this.dir} is closed`, { dir: this.dir })
  }

  private assertWritable(): void {
    this.assertOpen()
    const reason = this.readOnlyReason
    if (reason) throw new AppFailure('archive.readOnly', `Archive ${this.dir} is open read-only (${reason.code})`, { dir: this.dir, reason: reason.code })
    if (this.unfinished) throw this.unfinished
  }

  private scheduleFlush(): void {
    this.catalogWriter.schedule()
  }
}
