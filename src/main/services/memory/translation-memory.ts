import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { MemoryUnit } from '@shared/model'
import { FuzzyIndex, memoryUnitsOf, type ConcordanceHit, type MatchQuery, type MemoryMatch } from '@shared/translation/memory'
import type { Archive } from '../../archive/archive'
import { DamageLog, DAMAGE_LOG_FILE, type DamageNote } from '../../archive/damage-log'
import { ImportedMemoryFile } from '../../archive/imported-memory'
import { archivePaths } from '../../archive/layout'
import { shardFile } from '../../archive/shard-store'
import { readMemoryIndex, writeMemoryIndex, type IndexedArticleUnits } from './index-file'

/** Saves of the index after changes wait this long for more (a translator confirms row after row). */
export const MEMORY_SAVE_DELAY_MS = 2_000
const STAT_BATCH = 64

/**
 * The archive's translation memory: every row `translated` or beyond, in any article, plus the
 * units imported from TMX (memory/imported.json), with a fuzzy index over them.
 *
 * `index/memory.json` keeps each article's units with the stamp (mtime:size) of the shard they
 * came from. Loading it stats every shard and reads again only those whose stamp differs (and
 * new ones), so an index left stale by a crash or another Scriptorium is caught without reading
 * every shard. While open it follows every article this process writes (a confirmed, edited or
 * un-confirmed row, a deleted or restored article), lazily before the next lookup.
 */
export class TranslationMemory {
  private readonly fuzzy = new FuzzyIndex()
  private readonly articles = new Map<string, IndexedArticleUnits>()
  private readonly dirty = new Set<string>()
  private readonly importedFile: ImportedMemoryFile
  private imported: MemoryUnit[] = []
  private loading: Promise<void> | undefined
  private saveTimer: NodeJS.Timeout | undefined
  private readonly stopFollowing: () => void
  /** Damage found in memory/imported.json by the last load. */
  damage: DamageNote[] = []

  constructor(readonly archive: Archive) {
    this.importedFile = new ImportedMemoryFile(archive.dir)
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
    return { units: this.fuzzy.size, articles: [...this.articles.values()].filter((a) => a.units.length > 0).length }
  }

  async match(query: MatchQuery): Promise<MemoryMatch[]> {
    await this.ensure()
    return this.fuzzy.match(query)
  }

  async concordance(text: string, side: 'source' | 'target', limit?: number): Promise<ConcordanceHit[]> {
    await this.ensure()
    return this.fuzzy.concordance(text, side, limit)
  }

  /** Every unit (articles' and imported), or one article's; in article and row order. */
  async units(articleId?: string): Promise<MemoryUnit[]> {
    await this.ensure()
    if (articleId !== undefined) return this.articles.get(articleId)?.units ?? []
    return [...[...this.articles.values()].flatMap((a) => a.units), ...this.imported]
  }

  /**
   * Adds imported units (replacing any with the same id) and stores them in memory/imported.json.
   * A pair an article already holds is left out: re-importing the archive's own TMX export
   * must not list every pair twice.
   */
  async addImported(units: MemoryUnit[]): Promise<{ added: number; unchanged: number }> {
    await this.ensure()
    const byId = new Map(this.imported.map((u) => [u.id, u]))
    const inArticles = new Set([...this.articles.values()].flatMap((a) => a.units.map(pairKey)))
    let added = 0
    for (const unit of units) {
      if (inArticles.has(pairKey(unit))) continue
      if (!byId.has(unit.id)) added++
      byId.set(unit.id, unit)
    }
    if (added > 0) {
      const next = [...byId.values()]
      await this.importedFile.write(next)
      this.imported = next
      for (const unit of units) this.fuzzy.put(unit)
    }
    return { added, unchanged: units.length - added }
  }

  /** Stops following the archive and saves what changed. */
  async close(): Promise<void> {
    this.stopFollowing()
    if (this.saveTimer) {
      clearTimeout(this.saveTimer)
      this.saveTimer = undefined
      await this.save()
    }
  }

  private async load(fromScratch: boolean): Promise<void> {
    const saved = fromScratch ? new Map<string, IndexedArticleUnits>() : await readMemoryIndex(this.paths.index)
    this.fuzzy.clear()
    this.articles.clear()
    this.dirty.clear()
    let changed = fromScratch
    const ids = this.archive.list().map((s) => s.id)
    for (let i = 0; i < ids.length; i += STAT_BATCH) {
      const batch = ids.slice(i, i + STAT_BATCH)
      const stamps = await Promise.all(batch.map((id) => this.shardStamp(id)))
      for (const [k, id] of batch.entries()) {
        const known = saved.get(id)
        if (known && known.stamp === stamps[k]) this.putArticle(id, known)
        else {
          changed = true
          await this.readArticle(id)
        }
      }
    }
    if (saved.size !== this.articles.size) changed = true
    const imported = await this.importedFile.read(!this.writable)
    this.imported = imported.units
    this.damage = imported.damage
    if (this.writable && imported.damage.length > 0) await new DamageLog(join(this.archive.dir, DAMAGE_LOG_FILE)).append(imported.damage).catch(() => undefined)
    for (const unit of this.imported) this.fuzzy.put(unit)
    if (changed && this.writable) await this.save()
  }

  private async refresh(): Promise<void> {
    const ids = [...this.dirty]
    this.dirty.clear()
    for (const id of ids) {
      if (this.archive.has(id)) await this.readArticle(id)
      else this.dropArticle(id)
    }
    this.scheduleSave()
  }

  /** The shard's stamp first, then its content: a write in between leaves an older stamp, read again next time. */
  private async readArticle(id: string): Promise<void> {
    const stamp = await this.shardStamp(id)
    const doc = await this.archive.read(id).catch(() => null)
    if (!doc) return this.dropArticle(id)
    this.putArticle(id, { stamp, units: memoryUnitsOf(doc) })
  }

  private putArticle(id: string, entry: IndexedArticleUnits): void {
    this.dropArticle(id)
    this.articles.set(id, entry)
    for (const unit of entry.units) this.fuzzy.put(unit)
  }

  private dropArticle(id: string): void {
    for (const unit of this.articles.get(id)?.units ?? []) this.fuzzy.remove(unit.id)
    this.articles.delete(id)
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

/** What makes two units the same translation, wherever they come from. */
function pairKey(u: MemoryUnit): string {
  return JSON.stringify([u.sourceLang.toLowerCase(), u.targetLang.toLowerCase(), u.source, u.target])
}
