import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { isTempName } from '../archive/durable-write'
import { MEMORY_DIR } from '../archive/imported-memory'
import { archivePaths } from '../archive/layout'

export interface Snapshot {
  /** The copy, an archive folder of its own. */
  dir: string
  remove(): Promise<void>
}

const missingIsFine = (error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
}

/**
 * A private copy of what reading an archive needs (catalog, registry, article shards, the
 * memory's imported units), for
 * the read-only commands while the app holds the archive's lock. Opening the copy may
 * migrate, re-anchor or quarantine — in the copy only: the archive itself, its lock and the
 * app's writes are never touched. Each shard is replaced by an atomic rename, so every file
 * copied is a complete version of itself; a write in flight is simply not seen yet.
 */
export async function snapshotArchive(dir: string): Promise<Snapshot> {
  const root = await mkdtemp(join(tmpdir(), 'scriptorium-snapshot-'))
  const from = archivePaths(dir)
  const to = archivePaths(join(root, 'archive'))
  try {
    await mkdir(to.dir)
    // The folders an archive always has, so the copy is not reported as missing them.
    for (const folder of [to.quarantine, to.index, to.journal]) await mkdir(folder, { recursive: true })
    await cp(from.catalog, to.catalog).catch(missingIsFine)
    await cp(from.registry, to.registry).catch(missingIsFine)
    // Backups: a damaged registry is restored from them in the copy as in the archive.
    for (const [source, target] of [
      [from.articles, to.articles],
      [from.backups, to.backups],
      // The list of summaries the catalog has not caught up with yet.
      [from.index, to.index],
      // What check counts in the trash, and what trash lists.
      [from.trash, to.trash],
      // The translation memory's units imported from TMX (in no shard).
      [join(from.dir, MEMORY_DIR), join(to.dir, MEMORY_DIR)]
    ] as const) {
      await cp(source, target, { recursive: true, preserveTimestamps: true, filter: (path) => !isTempName(basename(path)) }).catch(missingIsFine)
    }
  } catch (error) {
    await rm(root, { recursive: true, force: true })
    throw error
  }
  return { dir: to.dir, remove: () => rm(root, { recursive: true, force: true }) }
}
