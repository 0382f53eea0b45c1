import { mkdir, readdir, rename } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { fsyncDir, writeFileDurable } from './durable-write'
import { NotRegularFileError, readRegularBytes } from './regular-file'

export interface QuarantineEntry {
  /** Name of the file as it was found, e.g. `abc.json` or `archive.json`. */
  file: string
  reason: string
  /** Name it was given inside quarantine/ (the same, or with a suffix when that was taken). */
  storedAs: string
}

/** A name not yet used in quarantine/: `abc.json`, then `abc.1.json`, `abc.2.json`... */
async function freeName(quarantineDir: string, name: string): Promise<string> {
  const taken = new Set(await readdir(quarantineDir).catch(() => [] as string[]))
  if (!taken.has(name)) return name
  const ext = extname(name)
  const stem = name.slice(0, name.length - ext.length)
  for (let n = 1; ; n++) {
    const candidate = `${stem}.${n}${ext}`
    if (!taken.has(candidate)) return candidate
  }
}

/** Moves a damaged file into quarantine/, never overwriting an earlier one. */
export async function quarantineMove(quarantineDir: string, file: string, reason: string): Promise<QuarantineEntry> {
  await mkdir(quarantineDir, { recursive: true })
  const storedAs = await freeName(quarantineDir, basename(file))
  await rename(file, join(quarantineDir, storedAs))
  await fsyncDir(quarantineDir)
  await fsyncDir(dirname(file))
  return { file: basename(file), reason, storedAs }
}

/**
 * Copies a damaged file into quarantine/ (used for files that are then rewritten in place).
 * A pipe or device has no bytes to copy: it is moved out of the way instead.
 */
export async function quarantineCopy(quarantineDir: string, file: string, reason: string): Promise<QuarantineEntry> {
  let bytes: Buffer
  try {
    bytes = await readRegularBytes(file)
  } catch (error) {
    if (error instanceof NotRegularFileError) return quarantineMove(quarantineDir, file, reason)
    throw error
  }
  await mkdir(quarantineDir, { recursive: true })
  const storedAs = await freeName(quarantineDir, basename(file))
  await writeFileDurable(join(quarantineDir, storedAs), bytes)
  return { file: basename(file), reason, storedAs }
}
