import { randomBytes } from 'node:crypto'
import type { BigIntStats } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temp files start with a dot (ids never do) and end with this suffix. */
const TEMP_SUFFIX = '.tmp'

export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`)
}

/** fsync a directory so that a rename inside it survives a power cut. */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Atomic and durable replacement of `file`: write a temp file in the same folder, fsync it,
 * rename it over the target, fsync the folder. A crash at any point leaves either the old or
 * the new content, plus at worst a temp file that the next open removes. Answers the stats of
 * the file written, taken before the rename (which keeps its inode, size and mtime).
 */
export async function writeFileDurable(file: string, content: string | Uint8Array): Promise<BigIntStats> {
  const temp = tempPathFor(file)
  const handle = await open(temp, 'wx')
  let stats: BigIntStats
  try {
    try {
      await handle.writeFile(content)
      await handle.sync()
      stats = await handle.stat({ bigint: true })
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await fsyncDir(dirname(file))
  return stats
}
