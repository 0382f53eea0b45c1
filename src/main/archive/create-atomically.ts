import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fsyncDir } from './durable-write'
import { processAlive } from './lock'

const CREATING = '.creating-'

/** True for a folder that does not exist yet or is empty: what a new archive may be made in. */
export async function isAbsentOrEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
}

/** Half-made archives left beside `dir` by processes that were killed while making them. */
async function removeAbandoned(dir: string): Promise<void> {
  const prefix = `.${basename(dir)}${CREATING}`
  for (const name of await readdir(dirname(dir))) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(name.slice(prefix.length).split('-')[0])
    if (!processAlive(pid)) await rm(join(dirname(dir), name), { recursive: true, force: true })
  }
}

/**
 * Makes a new archive all at once: `build` fills a hidden sibling folder, which is then
 * renamed to `dir`. A kill at any moment leaves either no archive (made again, whole, by the
 * next open) or the complete one, never an archive with some of its sample articles. When
 * another process made `dir` first, its archive is kept and ours discarded.
 */
export async function createAtomically(dir: string, build: (folder: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(dir), { recursive: true })
  await removeAbandoned(dir)
  const folder = join(dirname(dir), `.${basename(dir)}${CREATING}${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await build(folder)
    await fsyncDir(folder)
    await rename(folder, dir) // replaces `dir` only when it is an empty folder
    await fsyncDir(dirname(dir))
  } catch (error) {
    await rm(folder, { recursive: true, force: true })
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
  }
}
