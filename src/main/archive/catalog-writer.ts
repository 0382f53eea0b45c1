import type { Low } from 'lowdb'
import type { CatalogDoc } from '@shared/model'
import type { Backups } from './backups'
import type { Catalog } from './catalog'
import type { KeyedQueue } from './keyed-queue'
import type { PendingSummaries } from './pending-summaries'
import { stableStringify } from './stable-json'

/** The catalog is written at most this often while articles change; always on flush/close. */
export const CATALOG_FLUSH_DELAY_MS = 250
const CATALOG_KEY = '\0catalog'

/** What writing the catalog needs from the archive that holds it. */
export interface CatalogWriterHost {
  catalog: Catalog
  db: Low<CatalogDoc>
  pending: PendingSummaries
  backups: Backups
  queue: KeyedQueue
  /** Nothing is written while this holds (the archive is read-only). */
  readOnly(): boolean
  /** No new batch is scheduled while this holds (the archive is closing). */
  closing(): boolean
  /** A backup could not be written after the catalog was: noted, not thrown. */
  backupFailed(error: unknown): Promise<void>
}

/**
 * Writes archive.json, the catalog, in batches: at most every CATALOG_FLUSH_DELAY_MS while
 * articles change, and whenever asked. A failed batch stays dirty and is written by the next.
 */
export class CatalogWriter {
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly host: CatalogWriterHost) {}

  flush(): Promise<void> {
    this.cancel()
    const { catalog, db, pending, backups } = this.host
    return this.host.queue.run(CATALOG_KEY, async () => {
      if (this.host.readOnly()) return
      const written = pending.snapshot()
      // Not dirty: archive.json already holds every summary the catalog has.
      if (!catalog.dirty) return pending.saved(written).catch(() => undefined)
      const doc = catalog.toDoc()
      catalog.dirty = false
      try {
        db.data = doc
        await db.write()
      } catch (error) {
        catalog.dirty = true
        throw error
      }
      await pending.saved(written).catch(() => undefined)
      await backups.offer(() => stableStringify(doc)).catch((error) => this.host.backupFailed(error))
    })
  }

  schedule(): void {
    if (this.timer || this.host.closing()) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      // A failed batch stays dirty and is retried by the next flush or by close().
      this.flush().catch(() => undefined)
    }, CATALOG_FLUSH_DELAY_MS)
    this.timer.unref()
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
  }
}
