import type { SearchRecord } from '@shared/search'

/**
 * The search worker's records by id, kept beside the index (which is being tuned for queries
 * and keeps them its own way): what the concordance and the tag counts read instead of the
 * shards. Updated wherever the index is.
 */
export class RecordTable {
  private readonly byId = new Map<string, SearchRecord>()

  /** Starts again from these records (an index loaded from disk). */
  fill(records: Iterable<SearchRecord>): void {
    this.byId.clear()
    for (const record of records) this.byId.set(record.id, record)
  }

  put(record: SearchRecord): void {
    this.byId.set(record.id, record)
  }

  remove(id: string): void {
    this.byId.delete(id)
  }

  get(id: string): SearchRecord | undefined {
    return this.byId.get(id)
  }

  values(): IterableIterator<SearchRecord> {
    return this.byId.values()
  }
}
