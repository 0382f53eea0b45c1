import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeAll } from 'vitest'

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

/**
 * The hooks a test file on small disks needs: one probe before all (can we mount here?), and
 * each test's disk unmounted after it. `mount` answers undefined where mounting is refused.
 */
export function useSmallDisks(): { mountable(): boolean; mount(sizeKb: number): Promise<SmallDisk | undefined> } {
  let disk: SmallDisk | undefined
  let mountable = true
  beforeAll(async () => {
    const probe = await mountSmallDisk(64)
    mountable = probe !== undefined
    await probe?.unmount()
  })
  afterEach(async () => {
    await disk?.unmount()
    disk = undefined
  })
  return {
    mountable: () => mountable,
    mount: async (sizeKb) => (disk = await mountSmallDisk(sizeKb))
  }
}
