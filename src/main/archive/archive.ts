import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Low } from 'lowdb'
import { AppFailure } from '@shared/ipc/result'
import { ArticleDoc, RegistryDoc, type ArticleSummary, type CatalogDoc } from '@shared/model'
import { Backups } from './backups'
import type { Catalog } from './catalog'
import { DurableAdapter } from './durable-adapter'
import { KeyedQueue } from './keyed-queue'
import { archivePaths, createFolders, removeTempFiles, type ArchivePaths } from './layout'
import { loadCatalog, loadRegistry, readRaw } from './load-documents'
import { acquireLock, type ArchiveLock } from './lock'
import { quarantineMove } from './quarantine'
import { reconcile } from './reconcile'
import { describeIssues, loadShard, shardFile, writeShard } from './shard-store'
import { stableStringify } from './stable-json'
import { summarize } from './summary'
import { ArchiveTrash } from './trash'

export { summarize } from './summary'
export { textHash } from './text-hash'

export interface OpenReport {
  quarantined: { file: string; reason: string }[]
  catalogRebuilt: boolean
  migrated: number
}

export interface OpenOptions {
  /** docs written into a NEW archive (sample articles) */
  seed?: () => ArticleDoc[] | Promise<ArticleDoc[]>
}

/** The catalog is written at most this often while articles change; always on flush/close. */
export const CATALOG_FLUSH_DELAY_MS = 250
const REGISTRY_KEY = '\0registry'
const CATALOG_KEY = '\0catalog'

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

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
  private flushTimer: NodeJS.Timeout | undefined
  private closing: Promise<void> | undefined

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
    this.trash = new ArchiveTrash(paths.articles, paths.trash, {
      queue: this.queue,
      has: (id) => this.catalog.has(id),
      removed: (id) => this.forget(id),
      restored: (doc) => this.remember(doc)
    })
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
      const shardNames = await removeTempFiles(paths.articles)
      const [rawCatalog, rawRegistry] = await Promise.all([readRaw(paths.catalog), readRaw(paths.registry)])
      const isNew = rawCatalog.status === 'missing' && rawRegistry.status === 'missing' && shardNames.length === 0
      const report: OpenReport = { quarantined: [], catalogRebuilt: false, migrated: 0 }

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
      await archive.trash.createFolders()
      await removeTempFiles(archive.trash.entitiesDir)
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
    this.assertOpen()
    const valid = validateArticle(doc, doc?.article?.id)
    const id = valid.article.id
    return this.queue.run(id, async () => {
      if (this.catalog.has(id)) throw new AppFailure('article.exists', `Article ${id} already exists`, { id })
      await writeShard(shardFile(this.paths.articles, id), valid)
      this.catalog.set(summarize(valid))
      this.scheduleFlush()
    })
  }

  /**
   * Changes one article: `mutate` returns the new document, or edits `current` in place and
   * returns nothing. Returning `current` itself means "no change": nothing is written.
   */
  async update(id: string, mutate: (doc: ArticleDoc) => ArticleDoc | void): Promise<ArticleDoc> {
    this.assertOpen()
    return this.queue.run(id, async () => {
      const current = await this.load(id)
      const next = mutate(current)
      if (next === current) return current
      const valid = validateArticle(next ?? current, id)
      if (valid.article.id !== id) {
        throw new AppFailure('article.invalid', `The id of article ${id} cannot change`, { id }, 'article.id')
      }
      await writeShard(shardFile(this.paths.articles, id), valid)
      this.catalog.set(summarize(valid))
      this.scheduleFlush()
      return valid
    })
  }

  /** The tag schema and entities; frozen — change them through updateRegistry. */
  registry(): RegistryDoc {
    return this.registryDb.data
  }

  async updateRegistry(mutate: (reg: RegistryDoc) => RegistryDoc | void): Promise<RegistryDoc> {
    this.assertOpen()
    return this.queue.run(REGISTRY_KEY, async () => {
      const draft = structuredClone(this.registryDb.data)
      const parsed = RegistryDoc.safeParse(mutate(draft) ?? draft)
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.join('.')
        throw new AppFailure('registry.invalid', `Invalid registry: ${describeIssues(parsed.error)}`, {}, field)
      }
      const next = deepFreeze(parsed.data)
      await new Low<RegistryDoc>(this.registryDb.adapter, next).write()
      this.registryDb.data = next
      await this.backups.registry.offer(() => stableStringify(next))
      return next
    })
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

  private forget(id: string): void {
    this.catalog.delete(id)
    this.scheduleFlush()
  }

  private remember(doc: ArticleDoc): void {
    this.catalog.set(summarize(doc))
    this.scheduleFlush()
  }

  private assertOpen(): void {
    if (this.closing) throw new AppFailure('archive.closed', `Archive ${this.dir} is closed`, { dir: this.dir })
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

function validateArticle(doc: unknown, id: string | undefined): ArticleDoc {
  const parsed = ArticleDoc.safeParse(doc)
  if (parsed.success) return parsed.data
  const field = parsed.error.issues[0]?.path.join('.')
  const params = typeof id === 'string' ? { id } : undefined
  throw new AppFailure('article.invalid', `Invalid article: ${describeIssues(parsed.error)}`, params, field)
}
