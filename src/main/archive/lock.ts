import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import { link, open, stat, unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { AppFailure } from '@shared/ipc/result'
import { NotRegularFileError, readRegularFile } from './regular-file'

export const LOCK_FILE = '.lock'

export interface LockInfo {
  pid: number
  host: string
  startedAt: string
}

/** A lock file this old that still cannot be parsed was left by a crash during its creation. */
const UNREADABLE_GRACE_MS = 10_000

/** Lock files held by this process: a lock naming our own pid but not listed here is stale. */
const heldHere = new Set<string>()

export class ArchiveLock {
  private released = false

  constructor(
    readonly file: string,
    readonly info: LockInfo
  ) {}

  /** Removes the lock file if it is still ours. Idempotent. */
  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    heldHere.delete(this.file)
    const current = await readLock(this.file)
    if (current && current.pid === this.info.pid && current.startedAt === this.info.startedAt) {
      await unlink(this.file).catch(() => undefined)
    }
  }
}

/**
 * Takes `<dir>/.lock`, created exclusively (O_EXCL). Another live holder gets
 * AppFailure('archive.locked'); a lock left by a process that no longer runs on this host is
 * taken over.
 */
export async function acquireLock(dir: string): Promise<ArchiveLock> {
  const file = join(resolve(dir), LOCK_FILE)
  for (let attempt = 0; attempt < 5; attempt++) {
    const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }
    if (await createExclusive(file, info)) {
      heldHere.add(file)
      return new ArchiveLock(file, info)
    }
    const holder = await readLock(file)
    if (holder === undefined) continue // vanished between our attempt and the read: retry
    if (holder === null) {
      if (!(await olderThan(file, UNREADABLE_GRACE_MS))) throw lockedFailure({ pid: 0, host: 'unknown' })
    } else if (!isStale(file, holder)) {
      throw lockedFailure(holder)
    }
    // Stale: remove and retry. Two processes taking over the same stale lock at once is the
    // one remaining race; O_EXCL on the retry still lets only one of them create the new lock.
    await unlink(file).catch(() => undefined)
  }
  throw new AppFailure('archive.lockFailed', `Could not take the archive lock ${file}`, { file })
}

function lockedFailure(holder: { pid: number; host: string }): AppFailure {
  return new AppFailure('archive.locked', `Archive is in use by PID ${holder.pid} on ${holder.host}`, {
    pid: holder.pid,
    host: holder.host
  })
}

/**
 * The lock is written in full to a temp file first and then hard-linked into place: link()
 * fails if the name exists (like O_EXCL) and never shows a half-written lock, so a kill at any
 * moment leaves either no lock or a complete one.
 */
async function createExclusive(file: string, info: LockInfo): Promise<boolean> {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(JSON.stringify(info) + '\n')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await link(temp, file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

/** undefined: no lock file; null: a lock file that cannot be understood. */
async function readLock(file: string): Promise<LockInfo | null | undefined> {
  let text: string
  try {
    text = await readRegularFile(file) // a pipe named .lock must not block the open
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    if (error instanceof NotRegularFileError) return null
    throw error
  }
  try {
    const value = JSON.parse(text) as Partial<LockInfo>
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null
    return { pid: value.pid, host: value.host, startedAt: String(value.startedAt ?? '') }
  } catch {
    return null
  }
}

function isStale(file: string, holder: LockInfo): boolean {
  // A process on another machine (a shared folder) cannot be checked: assume it is alive.
  if (holder.host !== hostname()) return false
  if (holder.pid === process.pid) return !heldHere.has(file)
  return !processAlive(holder.pid)
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

async function olderThan(file: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs > ms
  } catch {
    return true
  }
}
