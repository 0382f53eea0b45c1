import { appendFile, readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** In index/: bookkeeping that the next catalog write makes moot. */
export const PENDING_FILE = 'pending-summaries.txt'

/**
 * The articles written since the catalog was last saved, one id a line in
 * `index/pending-summaries.txt`. The catalog is written in batches, so a crash between a shard
 * write and the next batch leaves its summary (title, annotation count) stale; the next open
 * reads these shards again instead of statting every shard. An id is appended before its
 * shard is written (no fsync: the shard's own fsync commits it too on journalling file
 * systems, and a killed process loses nothing that was appended) and forgotten only once a
 * catalog holding its newest summary is on disk.
 */
export class PendingSummaries {
  /** id -> how many writes it had; `busy` counts writes whose summary is not in the catalog yet. */
  private readonly generation = new Map<string, number>()
  private readonly busy = new Map<string, number>()
  private readonly file: string

  constructor(indexDir: string, carriedOver: string[] = []) {
    this.file = join(indexDir, PENDING_FILE)
    for (const id of carriedOver) this.generation.set(id, 1)
  }

  static async read(indexDir: string): Promise<string[]> {
    const text = await readFile(join(indexDir, PENDING_FILE), 'utf8').catch(() => '')
    return text.split('\n').filter((line) => line.length > 0)
  }

  async willWrite(id: string): Promise<void> {
    if (!this.generation.has(id)) await appendFile(this.file, `${id}\n`)
    this.generation.set(id, (this.generation.get(id) ?? 0) + 1)
    this.busy.set(id, (this.busy.get(id) ?? 0) + 1)
  }

  /** The write of `id` ended (its summary is in the in-memory catalog, or it failed). */
  done(id: string): void {
    const left = (this.busy.get(id) ?? 1) - 1
    if (left > 0) this.busy.set(id, left)
    else this.busy.delete(id)
  }

  /** Taken just before the catalog is serialised: the ids whose newest summary it will hold. */
  snapshot(): Map<string, number> {
    return new Map([...this.generation].filter(([id]) => !this.busy.has(id)))
  }

  /** The catalog of `snapshot` is on disk: forget those ids unless written again since. */
  async saved(snapshot: Map<string, number>): Promise<void> {
    if (snapshot.size === 0) return
    for (const [id, generation] of snapshot) if (this.generation.get(id) === generation && !this.busy.has(id)) this.generation.delete(id)
    if (this.generation.size === 0) await unlink(this.file).catch(() => undefined)
    else await writeFile(this.file, [...this.generation.keys()].map((id) => `${id}\n`).join(''))
  }
}
