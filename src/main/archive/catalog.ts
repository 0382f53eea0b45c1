import { SCHEMA_VERSION, type ArticleSummary, type CatalogDoc } from '@shared/model'

function byImportThenId(a: ArticleSummary, b: ArticleSummary): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function sameSummary(a: ArticleSummary, b: ArticleSummary): boolean {
  return (Object.keys(b) as (keyof ArticleSummary)[]).every((key) => a[key] === b[key])
}

/**
 * The in-memory catalog: one summary per article, looked up by id and by text hash. `dirty`
 * says it differs from archive.json; the archive writes it in batches.
 */
export class Catalog {
  dirty = false
  private readonly byId = new Map<string, ArticleSummary>()
  private readonly byHash = new Map<string, Set<string>>()
  private sorted: ArticleSummary[] | undefined

  constructor(summaries: ArticleSummary[] = []) {
    for (const summary of summaries) this.set(summary)
    this.dirty = false
  }

  get size(): number {
    return this.byId.size
  }

  has(id: string): boolean {
    return this.byId.has(id)
  }

  ids(): IterableIterator<string> {
    return this.byId.keys()
  }

  get(id: string): ArticleSummary | undefined {
    return this.byId.get(id)
  }

  findByTextHash(hash: string): string | undefined {
    const ids = this.byHash.get(hash)
    return ids ? ids.values().next().value : undefined
  }

  /** Adds or replaces a summary; marks the catalog dirty only when something changed. */
  set(summary: ArticleSummary): void {
    const previous = this.byId.get(summary.id)
    if (previous && sameSummary(previous, summary)) return
    if (previous) this.unindex(previous)
    const frozen = Object.freeze({ ...summary })
    this.byId.set(summary.id, frozen)
    let ids = this.byHash.get(frozen.textHash)
    if (!ids) this.byHash.set(frozen.textHash, (ids = new Set()))
    ids.add(frozen.id)
    this.sorted = undefined
    this.dirty = true
  }

  delete(id: string): void {
    const previous = this.byId.get(id)
    if (!previous) return
    this.unindex(previous)
    this.byId.delete(id)
    this.sorted = undefined
    this.dirty = true
  }

  /** Summaries sorted by importedAt then id (a fresh array of frozen summaries). */
  list(): ArticleSummary[] {
    this.sorted ??= [...this.byId.values()].sort(byImportThenId)
    return this.sorted.slice()
  }

  toDoc(): CatalogDoc {
    return { schemaVersion: SCHEMA_VERSION, articles: this.list() }
  }

  private unindex(summary: ArticleSummary): void {
    const ids = this.byHash.get(summary.textHash)
    ids?.delete(summary.id)
    if (ids?.size === 0) this.byHash.delete(summary.textHash)
  }
}
