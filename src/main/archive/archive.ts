import { join, resolve } from 'node:path'
import { Low } from 'lowdb'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc, ArticleSummary, CatalogDoc, RegistryDoc } from '@shared/model'
import { Backups } from './backups'
import { compoundSteps, shardIdOf, type ArchiveMove, type CompoundChange } from './compound'
import { createAtomically, isAbsentOrEmpty } from './create-atomically'
import type { Catalog } from './catalog'
import { DamageLog, DAMAGE_LOG_FILE, type DamageNote } from './damage-log'
import { DurableAdapter } from './durable-adapter'
import { writeFileDurable } from './durable-write'
import { runJournaled, unfinishedFailure } from './journal'
import { KeyedQueue } from './keyed-queue'
import { keepLastGoodCopy } from './last-good-copy'
import { archivePaths, type ArchivePaths } from './layout'
import { PendingSummaries } from './pending-summaries'
import { loadArchive, unwritableReason, type OpenReport } from './load-archive'
import type { ReadOnlyReason } from './open-checks'
import { readArticle, type ShardReader } from './read-article'
import { currentStamp, ShardCache, stampOf, type CachedShard, type ShardStamp } from './shard-cache'
import { shardFile, writeShard } from './shard-store'
import { deepFreeze, validateArticle, validateRegistry } from './validate'
import { stableStringify } from './stable-json'
import { summarize } from './summary'
import { ArchiveTrash } from './trash'

export { summarize } from './summary'
export type { OpenReport } from './load-archive'
export type { ArchiveMove, CompoundChange } from './compound'
export { textHash } from './text-hash'

export interface OpenOptions {
  /** docs written into a NEW archive (sample articles) */
  seed?: () => ArticleDoc[] | Promise<ArticleDoc[]>
  /** Open without writing anything (no lock, no repair); also chosen for an unwritable folder. */
  readOnly?: boolean
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
  /** Deleted articles and entities (trash/), restorable. */
  readonly trash: ArchiveTrash
  private readonly queue = new KeyedQueue()
  private readonly catalogDb: Low<CatalogDoc>
  private readonly registryDb: Low<RegistryDoc>
  private readonly backups: { catalog: Backups; registry: Backups }
  private readonly damageLog: DamageLog
  private readonly pending: PendingSummaries
  private flushTimer: NodeJS.Timeout | undefined
  private closing: Promise<void> | undefined
  private readOnlyReason: ReadOnlyReason | undefined
  private readonly writeListeners = new Set<(id: string) => void>()
  private readonly reader: ShardReader
  /** Shards parsed and validated, frozen, keyed by the stamp of their file: a save does not read its shard again. */
  private readonly shards = new ShardCache()
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
    this.catalogDb = new Low<CatalogDoc>(new DurableAdapter<CatalogDoc>(paths.catalog), catalog.toDoc())
    this.registryDb = new Low<RegistryDoc>(new DurableAdapter<RegistryDoc>(paths.registry), deepFreeze(registry))
    this.backups = { catalog: new Backups(paths.backups, 'archive'), registry: new Backups(paths.backups, 'registry') }
    this.damageLog = new DamageLog(join(paths.dir, DAMAGE_LOG_FILE))
    this.pending = new PendingSummaries(paths.index, pendingIds)
    this.trash = new ArchiveTrash(paths.trash, (id) => this.catalog.has(id))
    this.reader = {
      paths,
      catalog,
      trash: this.trash,
      report,
      readOnly: () => this.readOnlyReason !== undefined,
      appendDamage: (notes) => this.appendDamage(notes),
      becomeReadOnlyForNewer: (file) => this.becomeReadOnlyForNewer(file),
      catalogChanged: () => this.scheduleFlush()
    }
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
      await archive.appendDamage(loaded.damage)
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
    return this.queue.run(id, () => this.load(id))
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
      const current = await this.load(id)
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
      const { change, value } = await build((id) => this.load(id).then((doc) => (seen.set(id, doc), doc)))
      const registry = change.registry === undefined ? undefined : deepFreeze(validateRegistry(change.registry))
      // Every write raises the revision, as update() does: a stale view can always tell.
      const articles = (change.articles ?? []).map((doc) =>
        validateArticle({ ...doc, revision: (seen.get(doc?.article?.id)?.revision ?? 0) + 1 }, doc?.article?.id, seen.get(doc?.article?.id))
      )
      const moves = change.moves ?? []
      const steps = compoundSteps(registry, articles, change)
      const only = steps.length === 1 ? steps[0] : undefined
      // Listed before the write, so a crash before the catalog's next save is reconciled at open.
      for (const doc of articles) {
        await this.pending.willWrite(doc.article.id)
        await keepLastGoodCopy(shardFile(this.paths.articles, doc.article.id))
      }
      try {
        // One file needs no journal: its own durable write is already all or nothing.
        if (only?.op === 'write') {
          const stats = await writeFileDurable(join(this.dir, ...only.path.split('/')), only.text)
          if (articles.length === 1) this.cached(articles[0]!, stampOf(stats))
        } else if (steps.length > 0) {
          // Not cached: read again once, rather than trust a stat taken after the journal was applied.
          for (const doc of articles) this.shards.forget(doc.article.id)
          await this.journaled(change.label, steps)
        }
        for (const doc of articles) this.catalog.set(summarize(doc))
      } catch (error) {
        for (const doc of articles) this.shards.forget(doc.article.id)
        throw error
      } finally {
        for (const doc of articles) this.pending.done(doc.article.id)
      }
      if (registry) await this.registryWritten(registry)
      await this.moved(moves)
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

  /** Stored: from here on a failure must not make the caller believe nothing changed. */
  private async registryWritten(next: RegistryDoc): Promise<void> {
    this.registryDb.data = next
    await this.backups.registry.offer(() => stableStringify(next)).catch((error) => this.noteBookkeeping('backups', error))
  }

  flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer)
    this.flushTimer = undefined
    return this.queue.run(CATALOG_KEY, async () => {
      if (this.readOnlyReason) return
      const written = this.pending.snapshot()
      // Not dirty: archive.json already holds every summary the catalog has.
      if (!this.catalog.dirty) return this.pending.saved(written).catch(() => undefined)
      const doc = this.catalog.toDoc()
      this.catalog.dirty = false
      try {
        this.catalogDb.data = doc
        await this.catalogDb.write()
      } catch (error) {
        this.catalog.dirty = true
        throw error
      }
      await this.pending.saved(written).catch(() => undefined)
      await this.backups.catalog.offer(() => stableStringify(doc)).catch((error) => this.noteBookkeeping('backups', error))
    })
  }

  /** The real write of a change, and its summary in the catalog (saved in the next batch). */
  private async writeAndSummarize(doc: ArticleDoc): Promise<void> {
    const id = doc.article.id
    await this.pending.willWrite(id)
    try {
      this.catalog.set(this.cached(doc, await writeShard(shardFile(this.paths.articles, id), doc)).summary)
    } catch (error) {
      this.shards.forget(id)
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
    await this.flush().catch((error) => this.noteBookkeeping('archive.json', error))
    await this.backups.catalog.flushPending().catch((error) => this.noteBookkeeping('backups', error))
    await this.backups.registry.flushPending().catch((error) => this.noteBookkeeping('backups', error))
  }

  private async noteBookkeeping(file: string, error: unknown): Promise<void> {
    const detail = `could not be written after the change itself was stored: ${(error as Error)?.message ?? String(error)}`
    await this.appendDamage([{ kind: 'bookkeepingFailed', file, detail }])
  }

  /** Records losses and repairs; the log is itself bookkeeping, so a failure to write it is dropped. */
  private async appendDamage(notes: DamageNote[]): Promise<void> {
    if (notes.length === 0) return
    this.report.damage.push(...notes)
    if (!this.readOnlyReason) await this.damageLog.append(notes).catch(() => undefined)
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
        if (this.flushTimer) clearTimeout(this.flushTimer)
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
        if (id) this.shards.forget(id)
      }
      const left = shardIdOf(move.from)
      if (left) {
        this.catalog.delete(left)
        this.written(left)
      }
      const came = shardIdOf(move.to)
      if (came) {
        await this.load(came).catch(() => undefined)
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
    if (this.flushTimer || this.closing) return
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined
      // A failed batch stays dirty and is retried by the next flush or by close().
      this.flush().catch(() => undefined)
    }, CATALOG_FLUSH_DELAY_MS)
    this.flushTimer.unref()
  }

  /**
   * Reads a shard inside its article's queue; keeps the catalog and quarantine in step. The
   * file's stamp is taken before it is read, so a file replaced meanwhile is read again next time.
   */
  private async load(id: string): Promise<ArticleDoc> {
    const stamp = await currentStamp(shardFile(this.paths.articles, id))
    const known = stamp && this.shards.get(id, stamp)
    if (known) {
      this.catalog.set(known.summary)
      if (this.catalog.dirty) this.scheduleFlush()
      return known.doc
    }
    let doc = await readArticle(this.reader, id)
    // A copy restored from backups/ was read by plain zod: freeze it as every other, but do not cache it (its file was replaced).
    if (!Object.isFrozen(doc)) doc = validateArticle(doc, id)
    else if (stamp) this.cached(doc, stamp)
    return doc
  }

  /** Remembers a frozen, validated document as the content of the file with `stamp`. */
  private cached(doc: ArticleDoc, stamp: ShardStamp): CachedShard {
    const entry = { doc, summary: summarize(doc) }
    this.shards.put(doc.article.id, stamp, entry)
    return entry
  }
}

