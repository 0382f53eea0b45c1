import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface SmallDisk {
  dir: string
  /** Remounts it read-only: writes then fail with EROFS, even for root. */
  makeReadOnly(): Promise<void>
  unmount(): Promise<void>
}

/**
 * A real, tiny file system (tmpfs), so that "disk full" and "read-only" are the kernel's own
 * ENOSPC and EROFS rather than a mock. Needs root and mount rights; undefined where there are
 * none, and the tests that need it are skipped with that reason.
 */
export async function mountSmallDisk(sizeKb: number): Promise<SmallDisk | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'scriptorium-disk-'))
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir])
  } catch {
    await rm(dir, { recursive: true, force: true })
    return undefined
  }
  return {
    dir,
    makeReadOnly: async () => void (await run('mount', ['-o', 'remount,ro', dir])),
    unmount: async () => {
      await run('umount', [dir])
      await rm(dir, { recursive: true, force: true })
    }
  }
}
