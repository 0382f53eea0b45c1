import { createHash } from 'node:crypto'
import { ImportFailure } from '@shared/formats/failure'
import { readTmx, TmxRefused } from '@shared/formats/tmx'
import { XmlRefused } from '@shared/formats/xml/safe-xml'
import type { TmxImportResult } from '@shared/ipc/memory-contract'
import type { MemoryUnit } from '@shared/model'
import { FuzzyIndex, type ConcordanceHit, type MatchQuery, type MemoryMatch } from '@shared/translation/memory'
import type { DamageNote } from '../../archive/damage-log'
import { ImportedMemoryFile } from '../../archive/imported-memory'
import { decodeBytes } from '../import/decode'
import type { ImportSwitch } from './import-switch'

/** A lookup as it crosses to the worker: the segment to leave out is data, not a function. */
export type CoreMatchQuery = Omit<MatchQuery, 'exclude'> & { excludeRow?: { articleId: string; rowId: string } }

/** Why a TMX file was refused: an `errors:<code>` with its parameters (the file's name among them). */
export class TmxImportRefused extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number>
  ) {
    super(`${params.file}: ${code}`)
    this.name = 'TmxImportRefused'
  }
}

/** How far an import has come: `stage` parsing (total 0, unknown) or indexing units. */
export type ImportProgress = (stage: 'parsing' | 'indexing', done: number, total: number) => void

const PROGRESS_EVERY = 5_000

/** An imported unit's id: the same pair imported twice is one unit. */
const importedId = (u: { source: string; target: string; sourceLang: string; targetLang: string }): string =>
  'tmx/' + createHash('sha256').update(JSON.stringify([u.sourceLang.toLowerCase(), u.targetLang.toLowerCase(), u.source, u.target])).digest('hex').slice(0, 24)

/** What makes two units the same translation, wherever they come from. */
const pairKey = (u: MemoryUnit): string => JSON.stringify([u.sourceLang.toLowerCase(), u.targetLang.toLowerCase(), u.source, u.target])

/**
 * The heavy half of the translation memory: the fuzzy index over every unit, the units imported
 * from TMX (read from and written to memory/imported.json here) and TMX parsing. It runs in the
 * memory worker (memory-worker.ts), so building the index and parsing a large TMX never stall
 * the main process; the main process tells it which articles hold which units.
 */
export class MemoryCore {
  private readonly fuzzy = new FuzzyIndex()
  private readonly articles = new Map<string, MemoryUnit[]>()
  private imported: MemoryUnit[] = []
  private file: ImportedMemoryFile | undefined

  get size(): number {
    return this.fuzzy.size
  }

  /** Forgets everything, then reads the archive's imported units (repairing damage when writable). */
  async open(archiveDir: string, writable: boolean): Promise<{ damage: DamageNote[] }> {
    this.file = new ImportedMemoryFile(archiveDir)
    this.fuzzy.clear()
    this.articles.clear()
    const read = await this.file.read(!writable)
    this.imported = read.units
    for (const unit of this.imported) this.fuzzy.put(unit)
    return { damage: read.damage }
  }

  /** Replaces these articles' units. */
  putArticles(entries: [string, MemoryUnit[]][]): void {
    for (const [id, units] of entries) {
      this.dropArticle(id)
      this.articles.set(id, units)
      for (const unit of units) this.fuzzy.put(unit)
    }
  }

  dropArticles(ids: string[]): void {
    for (const id of ids) this.dropArticle(id)
  }

  match(query: CoreMatchQuery): MemoryMatch[] {
    const { excludeRow, ...rest } = query
    const exclude = excludeRow && ((unit: MemoryUnit) => unit.articleId === excludeRow.articleId && unit.rowId === excludeRow.rowId)
    return this.fuzzy.match(exclude ? { ...rest, exclude } : rest)
  }

  concordance(text: string, side: 'source' | 'target', limit?: number): ConcordanceHit[] {
    return this.fuzzy.concordance(text, side, limit)
  }

  importedUnits(): MemoryUnit[] {
    return this.imported
  }

  /**
   * Reads a TMX file's units into the memory. A file that is not well-formed, declares a
   * DOCTYPE or entities (XXE, billion laughs) or is not TMX is refused (TmxImportRefused)
   * before anything is stored: memory/imported.json is untouched. So is an import `stop`
   * cancels before its write begins (it is looked at between steps and claimed before writing).
   */
  async importTmx(name: string, bytes: Uint8Array, progress: ImportProgress = () => undefined, stop?: ImportSwitch): Promise<TmxImportResult> {
    if (!this.file) throw new Error('The translation memory is not open')
    stop?.check()
    progress('parsing', 0, 0)
    const read = readTmxBytes(name, bytes)
    stop?.check()
    const now = new Date().toISOString()
    const total = read.units.length
    const units: MemoryUnit[] = read.units.map((u, i) => {
      if (i % PROGRESS_EVERY === 0) {
        stop?.check()
        progress('indexing', i, total)
      }
      return { id: importedId(u), source: u.source, target: u.target, sourceLang: u.sourceLang, targetLang: u.targetLang, articleId: null, rowId: null, status: 'translated', updatedAt: u.changedAt ?? now }
    })
    const { added, unchanged } = await this.addImported(units, stop)
    progress('indexing', total, total)
    return { added, unchanged, skipped: read.skipped }
  }

  /**
   * Adds imported units (replacing any with the same id) and stores them in memory/imported.json.
   * A pair an article already holds is left out: re-importing the archive's own TMX export
   * must not list every pair twice.
   */
  private async addImported(units: MemoryUnit[], stop?: ImportSwitch): Promise<{ added: number; unchanged: number }> {
    const byId = new Map(this.imported.map((u) => [u.id, u]))
    const inArticles = new Set([...this.articles.values()].flatMap((list) => list.map(pairKey)))
    const kept: MemoryUnit[] = []
    let added = 0
    for (const unit of units) {
      if (inArticles.has(pairKey(unit))) continue
      if (!byId.has(unit.id)) added++
      byId.set(unit.id, unit)
      kept.push(unit)
    }
    // From here on the import lands whole: a cancel is refused.
    stop?.commit()
    if (added > 0) {
      const next = [...byId.values()]
      await this.file!.write(next)
      this.imported = next
      for (const unit of kept) this.fuzzy.put(unit)
    }
    return { added, unchanged: units.length - added }
  }

  private dropArticle(id: string): void {
    for (const unit of this.articles.get(id) ?? []) this.fuzzy.remove(unit.id)
    this.articles.delete(id)
  }
}

/** The TMX's units, or TmxImportRefused naming what is wrong (translated codes, the file's name). */
function readTmxBytes(name: string, bytes: Uint8Array): ReturnType<typeof readTmx> {
  try {
    return readTmx(decodeBytes(bytes).text)
  } catch (error) {
    if (error instanceof XmlRefused) throw new TmxImportRefused(error.code, { ...error.params, file: name })
    if (error instanceof TmxRefused) throw new TmxImportRefused(error.code, { ...error.params, file: name })
    if (error instanceof ImportFailure) throw new TmxImportRefused(error.code, { ...error.params, file: name })
    throw error
  }
}
