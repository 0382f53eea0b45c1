import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurable } from './durable-write'
import { readRegularFile } from './regular-file'

export const BACKUPS_KEPT = 10
/** At most one backup per document this often, except when forced (on close). */
export const BACKUP_INTERVAL_MS = 5_000

/**
 * Rolling backups of one document (`archive` or `registry`) in backups/:
 * `<kind>.<UTC timestamp>.json`, the newest BACKUPS_KEPT kept. Names sort chronologically.
 */
export class Backups {
  private lastSavedAt = 0
  private lastStampMs = 0
  private pendingContent: (() => string) | undefined

  constructor(
    readonly dir: string,
    readonly kind: string,
    readonly keep = BACKUPS_KEPT,
    readonly intervalMs = BACKUP_INTERVAL_MS
  ) {}

  /**
   * Records `content` (produced only when a backup is actually written) as the latest state. Written now when the last backup is older than the
   * interval or when forced; otherwise kept until the next call (`flushPending` forces it).
   */
  async offer(content: () => string, force = false): Promise<void> {
    this.pendingContent = content
    if (force || Date.now() - this.lastSavedAt >= this.intervalMs) await this.flushPending()
  }

  async flushPending(): Promise<void> {
    const content = this.pendingContent
    if (content === undefined) return
    this.pendingContent = undefined
    this.lastSavedAt = Date.now()
    await mkdir(this.dir, { recursive: true })
    await writeFileDurable(join(this.dir, `${this.kind}.${this.nextStamp()}.json`), content())
    await this.prune()
  }

  /** Backup file names, oldest first. */
  async list(): Promise<string[]> {
    const pattern = new RegExp(`^${this.kind}\\.\\d{4}-\\d{2}-\\d{2}T[0-9-]+Z\\.json$`)
    const names = await readdir(this.dir).catch(() => [] as string[])
    return names.filter((name) => pattern.test(name)).sort()
  }

  /** Contents of the backups, newest first, for restoring a damaged document. */
  async *newestFirst(): AsyncGenerator<{ name: string; text: string }> {
    for (const name of (await this.list()).reverse()) {
      const text = await readRegularFile(join(this.dir, name)).catch(() => undefined)
      if (text !== undefined) yield { name, text }
    }
  }

  private async prune(): Promise<void> {
    const names = await this.list()
    for (const name of names.slice(0, Math.max(0, names.length - this.keep))) {
      await unlink(join(this.dir, name)).catch(() => undefined)
    }
  }

  /** Strictly increasing millisecond stamps, so two backups never share a name. */
  private nextStamp(): string {
    this.lastStampMs = Math.max(Date.now(), this.lastStampMs + 1)
    return new Date(this.lastStampMs).toISOString().replace(/[:.]/g, '-')
  }
}
