import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { isTempName } from './durable-write'
import { JOURNAL_DIR } from './journal'
import { TRASH_DIR } from './trash'

export interface ArchivePaths {
  dir: string
  catalog: string
  registry: string
  articles: string
  index: string
  backups: string
  quarantine: string
  /** Plans of multi-file changes in progress (see journal.ts). */
  journal: string
  /** Deleted articles and entities, until restored (see trash.ts). */
  trash: string
}

export function archivePaths(dir: string): ArchivePaths {
  return {
    dir,
    catalog: join(dir, 'archive.json'),
    registry: join(dir, 'registry.json'),
    articles: join(dir, 'articles'),
    index: join(dir, 'index'),
    backups: join(dir, 'backups'),
    quarantine: join(dir, 'quarantine'),
    journal: join(dir, JOURNAL_DIR),
    trash: join(dir, TRASH_DIR)
  }
}

export async function createFolders(paths: ArchivePaths): Promise<void> {
  for (const dir of [paths.articles, paths.index, paths.backups, paths.quarantine, paths.journal, join(paths.trash, 'articles'), join(paths.trash, 'entities')]) {
    await mkdir(dir, { recursive: true })
  }
}

/**
 * Removes temp files left by writes that were killed before their rename. Their target still
 * holds the previous complete version, so they are garbage, never damage to quarantine.
 * Returns the remaining entries of each folder.
 */
export async function removeTempFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir)
  const kept: string[] = []
  for (const name of names) {
    if (isTempName(name)) await unlink(join(dir, name)).catch(() => undefined)
    else kept.push(name)
  }
  return kept
}
