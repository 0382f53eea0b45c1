import { randomBytes } from 'node:crypto'
import { link, mkdir, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * The copy of `articles/<id>.json` as it was before its last write, kept at
 * `backups/articles/<id>.json`: what a damaged or deleted shard is restored from. Outside
 * articles/, so that a deleted articles/ folder can still be restored.
 */
export function lastGoodCopyOf(shardFile: string): string {
  return join(lastGoodCopiesDir(dirname(dirname(shardFile))), basename(shardFile))
}

export function lastGoodCopiesDir(archiveDir: string): string {
  return join(archiveDir, 'backups', 'articles')
}

/**
 * Keeps the current shard as its last good copy before it is replaced. A hard link costs no
 * data write (the old bytes are already durable and stay so when the rename replaces the
 * shard); it is renamed into place so that a crash never leaves a half-made copy. Only a shard
 * that was read and validated is ever replaced, so the copy is a good one. Best effort: a
 * failure (no hard links on this file system, disk full) keeps the older copy and lets the
 * real write go on.
 */
export async function keepLastGoodCopy(shardFile: string): Promise<void> {
  const copy = lastGoodCopyOf(shardFile)
  const temp = join(dirname(copy), `.${basename(copy)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    // The folder is made when missing, not asked for before every save.
    await link(shardFile, temp).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
      await mkdir(dirname(copy), { recursive: true })
      await link(shardFile, temp)
    })
    await rename(temp, copy)
  } catch {
    await unlink(temp).catch(() => undefined)
  }
}
