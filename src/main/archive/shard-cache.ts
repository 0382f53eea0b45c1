import type { BigIntStats } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ArticleDoc, ArticleSummary } from '@shared/model'

/**
 * What tells the bytes of a shard apart without reading them. Every write here renames a new
 * file into place, so a new inode; a file rewritten in place by hand has a new mtime (in
 * nanoseconds) or size. The one change it cannot see is an in-place rewrite to the same size
 * within one tick of the file system's clock, which no writer of an archive does.
 */
export interface ShardStamp {
  dev: bigint
  ino: bigint
  size: bigint
  mtimeNs: bigint
}

export const stampOf = (stats: BigIntStats): ShardStamp => ({ dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs })

const sameStamp = (a: ShardStamp, b: ShardStamp): boolean => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs

/** The stamp of the shard on disk now; undefined when it is missing or not a regular file (the full read says why). */
export async function currentStamp(file: string): Promise<ShardStamp | undefined> {
  const stats = await stat(file, { bigint: true }).catch(() => undefined)
  return stats?.isFile() ? stampOf(stats) : undefined
}

export interface CachedShard {
  doc: ArticleDoc
  summary: ArticleSummary
}

/**
 * The shards read or written last, parsed, validated and frozen, each with the stamp of the
 * file it is: a read whose stamp matches answers from here instead of reading, parsing and
 * validating 1 MB again; one whose stamp differs (another process, a hand edit, a restore)
 * reads the file. Bounded by bytes on disk and by count, least recently used first out.
 */
export class ShardCache {
  private readonly entries = new Map<string, CachedShard & { stamp: ShardStamp }>()
  private bytes = 0

  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxEntries = 64
  ) {}

  get(id: string, stamp: ShardStamp): CachedShard | undefined {
    const entry = this.entries.get(id)
    if (!entry) return undefined
    if (!sameStamp(entry.stamp, stamp)) {
      this.forget(id)
      return undefined
    }
    // Most recently used last.
    this.entries.delete(id)
    this.entries.set(id, entry)
    return entry
  }

  /** `doc` must be frozen: it is handed out to every later reader. */
  put(id: string, stamp: ShardStamp, entry: CachedShard): void {
    this.forget(id)
    const size = Number(stamp.size)
    if (size > this.maxBytes) return
    this.entries.set(id, { ...entry, stamp })
    this.bytes += size
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes && this.entries.size <= this.maxEntries) break
      this.entries.delete(oldest)
      this.bytes -= Number(old.stamp.size)
    }
  }

  forget(id: string): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.entries.delete(id)
    this.bytes -= Number(entry.stamp.size)
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }
}
