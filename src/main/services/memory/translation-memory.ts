import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { TmxImportResult } from '@shared/ipc/memory-contract'
import type { MemoryUnit } from '@shared/model'
import { memoryUnitsOf, type ConcordanceHit, type MemoryMatch } from '@shared/translation/memory'
import type { Archive } from '../../archive/archive'
import { DamageLog, DAMAGE_LOG_FILE, type DamageNote } from '../../archive/damage-log'
import { archivePaths } from '../../archive/layout'
import { shardFile } from '../../archive/shard-store'
import { readMemoryIndex, writeMemoryIndex, type IndexedArticleUnits } from './index-file'
import type { ImportSwitch } from './import-switch'
import { WorkerMemory, type MemoryBackend } from './memory-backend'
import type { CoreMatchQuery, ImportProgress } from './memory-core'

/** Saves of the index after changes wait this long for more (a translator confirms row after row). */
export const MEMORY_SAVE_DELAY_MS = 2_000
const STAT_BATCH = 64

/**
 * The archive's translation memory: every row `translated` or beyond, in any article, plus the
 * units imported from TMX (memory/imported.json), with a fuzzy index over them. The index, the
 * imported units and TMX parsing live in the memory worker (memory-core.ts, the `backend`):
 * this side reads the shards, keeps which article holds which units and tells the worker.
 *
 * `index/memory.json` keeps each article's units with the stamp (mtime:size) of the shard they
 * came from. Loading it stats every shard and reads again only those whose stamp differs (and
 * new ones), so an index left stale by a crash or another Scriptorium is caught without reading
 * every shard. While open it follows every article this process writes (a confirmed, edited or
 * un-confirmed row, a deleted or restored article), lazily before the next lookup.
 */
export class TranslationMemory {
  private readonly articles = new Map<string, IndexedArticleUnits>()
  private readonly dirty = new Set<string>()
  private readonly backend: MemoryBackend
  private loading: Promise<void> | undefined
  private saveTimer: NodeJS.Timeout | undefined
  private readonly stopFollowing: () => void
  /** Damage found in memory/imported.json by the last load. */
  damage: DamageNote[] = []

  /** `backend`: the memory worker unless given (tests and benches compare it with LocalMemory). */
  constructor(
    readonly archive: Archive,
    backend?: MemoryBackend
  ) {
    // A worker that stopped forgot the memory: the next lookup loads it again.
    this.backend = backend ?? new WorkerMemory(() => (this.loading = undefined))
    this.stopFollowing = archive.onArticleWritten((id) => this.dirty.add(id))
  }

  private get paths() {
    return archivePaths(this.archive.dir)
  }

  private get writable(): boolean {
    return this.archive.readOnly === undefined
  }

  /** Loads (first use) and brings the memory up to date with what was written since. */
  async ensure(): Promise<void> {
    this.loading ??= this.load(false)
    await this.loading
    if (this.dirty.size > 0) await this.refresh()
  }

  /** Forgets the saved index and reads every shard again (what `check` does). */
  async rebuild(): Promise<{ units: number; articles: number }> {
    await this.loading?.catch(() => undefined)
    this.loading = this.load(true)
    await this.loading
    const units = await this.backend.request({ op: 'size' })
    return { units, articles: [...this.articles.values()].filter((a) => a.units.length > 0).length }
  }

  async match(query: CoreMatchQuery): Promise<MemoryMatch[]> {
    await this.ensure()
    return this.backend.request({ op: 'match', query })
  }

  async concordance(text: string, side: 'source' | 'target', limit?: number): Promise<ConcordanceHit[]> {
    await this.ensure()
    return this.backend.request({ op: 'concordance', text, side, limit })
  }

  /** Every unit (articles' and imported), or one article's; in article and row order. */
  async units(articleId?: string): Promise<MemoryUnit[]> {
    await this.ensure()
    if (articleId !== undefined) return this.articles.get(articleId)?.units ?? []
    const imported = await this.backend.request({ op: 'imported' })
    return [...[...this.articles.values()].flatMap((a) => a.units), ...imported]
  }

  /**
   * Reads a TMX file's units into the memory, in the worker (see MemoryCore.importTmx); a
   * refused file rejects with an AppFailure naming what is wrong, and nothing is stored.
   * Cancelling `stop` rejects at once with `memory.importCancelled`: nothing is stored either.
   */
  async importTmx(name: string, bytes: Uint8Array, progress?: ImportProgress, stop?: ImportSwitch): Promise<TmxImportResult> {
    if (!stop) {
      await this.ensure()
      return this.backend.request({ op: 'importTmx', name, bytes }, progress)
    }
    return stop.race(
      this.ensure().then(() => {
        stop.check()
        return this.backend.request({ op: 'importTmx', name, bytes, stop: stop.cell }, progress)
      })
    )
  }

  /** Stops following the archive, saves what changed and stops the worker. */
  async close(): Promise<void> {
    this.stopFollowing()
    if (this.saveTimer) {
      clearTimeout(this.saveTimer)
      this.saveTimer = undefined
      await this.save()
    }
    await this.backend.close()
  }

  private async load(fromScratch: boolean): Promise<void> {
    const saved = fromScratch ? new Map<string, IndexedArticleUnits>() : await readMemoryIndex(this.paths.index)
    this.articles.clear()
    this.dirty.clear()
    const opened = await this.backend.request({ op: 'open', dir: this.archive.dir, writable: this.writable })
    this.damage = opened.damage
    if (this.writable && opened.damage.length > 0) await new DamageLog(join(this.archive.dir, DAMAGE_LOG_FILE)).append(opened.damage).catch(() => undefined)
    let changed = fromScratch
    const sent: Promise<null>[] = []
    const ids = this.archive.list().map((s) => s.id)
    for (let i = 0; i < ids.length; i += STAT_BATCH) {
      const batch = ids.slice(i, i + STAT_BATCH)
      const stamps = await Promise.all(batch.map((id) => this.shardStamp(id)))
      const entries: [string, MemoryUnit[]][] = []
      for (const [k, id] of batch.entries()) {
        const known = saved.get(id)
        const current = known && known.stamp === stamps[k]
        if (!current) changed = true
        const entry = current ? known : await this.readArticle(id)
        if (!entry) continue
        this.articles.set(id, entry)
        entries.push([id, entry.units])
      }
      // Sent without waiting: the worker indexes one batch while this side reads the next.
      if (entries.length > 0) sent.push(this.backend.request({ op: 'putArticles', entries }))
    }
    await Promise.all(sent)
    if (saved.size !== this.articles.size) changed = true
    if (changed && this.writable) await this.save()
  }

  private async refresh(): Promise<void> {
    const ids = [...this.dirty]
    this.dirty.clear()
    const entries: [string, MemoryUnit[]][] = []
    const gone: string[] = []
    for (const id of ids) {
      const entry = this.archive.has(id) ? await this.readArticle(id) : null
      if (entry) {
        this.articles.set(id, entry)
        entries.push([id, entry.units])
      } else {
        this.articles.delete(id)
        gone.push(id)
      }
    }
    if (gone.length > 0) await this.backend.request({ op: 'dropArticles', ids: gone })
    if (entries.length > 0) await this.backend.request({ op: 'putArticles', entries })
    this.scheduleSave()
  }

  /** The shard's stamp first, then its content: a write in between leaves an older stamp, read again next time. Null when it does not read. */
  private async readArticle(id: string): Promise<IndexedArticleUnits | null> {
    const stamp = await this.shardStamp(id)
    const doc = await this.archive.read(id).catch(() => null)
    return doc ? { stamp, units: memoryUnitsOf(doc) } : null
  }

  private async shardStamp(id: string): Promise<string> {
    const info = await stat(shardFile(this.paths.articles, id)).catch(() => null)
    return info ? `${info.mtimeMs}:${info.size}` : 'missing'
  }

  private scheduleSave(): void {
    if (!this.writable || this.saveTimer) return
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined
      // The index is derived: a failed save only means the next load reads those shards again.
      this.save().catch(() => undefined)
    }, MEMORY_SAVE_DELAY_MS)
    this.saveTimer.unref()
  }

  private save(): Promise<void> {
    return writeMemoryIndex(this.paths.index, this.articles)
  }
}
