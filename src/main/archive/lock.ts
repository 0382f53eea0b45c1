import { createHash, randomBytes } from 'node:crypto'
import { link, open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
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

/** Tries before answering "in use" while another process is busy taking a stale lock over. */
const ATTEMPTS = 40

/**
 * Takes `<dir>/.lock`, created exclusively. Another live holder gets
 * AppFailure('archive.locked'); a lock left by a process that no longer runs on this host is
 * taken over (see replaceStale: only one of several processes doing so at once wins).
 */
export async function acquireLock(dir: string): Promise<ArchiveLock> {
  const file = join(resolve(dir), LOCK_FILE)
  let holder: { pid: number; host: string } = { pid: 0, host: 'unknown' }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }
    const text = JSON.stringify(info) + '\n'
    if (await createExclusive(file, text)) return held(file, info)
    const raw = await readText(file)
    if (raw === undefined) continue // vanished between our attempt and the read: retry
    const current = parseLock(raw)
    if (current === null) {
      if (!(await olderThan(file, UNREADABLE_GRACE_MS))) throw lockedFailure({ pid: 0, host: 'unknown' })
    } else {
      holder = current
      if (!isStale(file, current)) throw lockedFailure(current)
    }
    if (await replaceStale(file, raw, text)) return held(file, info)
    // Another process is taking the stale lock over: let it finish, then look again.
    await sleep(5 + Math.random() * 20)
  }
  throw lockedFailure(holder)
}

async function held(file: string, info: LockInfo): Promise<ArchiveLock> {
  heldHere.add(file)
  await sweepLeftovers(file)
  return new ArchiveLock(file, info)
}

/**
 * Replaces `file` by `text` if it still holds `staleText`, as one winner among any number of
 * processes trying at once. The right to replace one particular stale content is a claim
 * file named after that content, created exclusively: one process gets it, checks the file
 * still holds the stale content (only the claim's holder can change it) and renames its own
 * over it, so there is never a moment without a lock. A claim left by a killed process is
 * itself stale content, taken over the same way one level up.
 */
async function replaceStale(file: string, staleText: string, text: string): Promise<boolean> {
  const claim = `${file}.claim-${createHash('sha256').update(staleText).digest('hex').slice(0, 16)}`
  const claimText = JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }) + '\n'
  if (!(await createExclusive(claim, claimText))) {
    const current = await readText(claim)
    if (current === undefined) return false
    const claimer = parseLock(current)
    const abandoned = claimer === null ? await olderThan(claim, UNREADABLE_GRACE_MS) : isStale(claim, claimer)
    if (!abandoned || !(await replaceStale(claim, current, claimText))) return false
  }
  heldHere.add(claim)
  try {
    if ((await readText(file)) !== staleText) return false
    await writeNew(`${file}.${process.pid}-${randomBytes(4).toString('hex')}${PENDING_SUFFIX}`, text, (temp) => rename(temp, file))
    return true
  } finally {
    heldHere.delete(claim)
    await unlink(claim).catch(() => undefined)
  }
}

function lockedFailure(holder: { pid: number; host: string }): AppFailure {
  return new AppFailure('archive.locked', `Archive is in use by PID ${holder.pid} on ${holder.host}`, {
    pid: holder.pid,
    host: holder.host
  })
}

/**
 * Lock files are written in full first and then hard-linked (or renamed) into place, so a
 * kill at any moment leaves either no lock or a complete one. Their pending names end in
 * `.new`, not `.tmp`: the archive's temp-file sweep on open must not remove the pending lock
 * of another process starting at the same moment.
 */
const PENDING_SUFFIX = '.new'

async function writeNew(temp: string, text: string, place: (temp: string) => Promise<void>): Promise<void> {
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await place(temp)
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

/** Creates `file` with `text` unless it exists (link() fails on an existing name, like O_EXCL). */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}${PENDING_SUFFIX}`
  try {
    await writeNew(temp, text, (pending) => link(pending, file))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

/** Removes pending lock files and claims that killed processes left beside the lock. */
async function sweepLeftovers(file: string): Promise<void> {
  const prefix = `${basename(file)}.`
  for (const name of await readdir(dirname(file)).catch(() => [])) {
    if (!name.startsWith(prefix)) continue
    const path = join(dirname(file), name)
    const pending = /\.(\d+)-[0-9a-f]+\.new$/.exec(name)
    if (pending) {
      if (!processAlive(Number(pending[1]))) await unlink(path).catch(() => undefined)
    } else if (name.startsWith(`${prefix}claim-`)) {
      const claimer = parseLock((await readText(path)) ?? '')
      if (claimer && isStale(path, claimer)) await unlink(path).catch(() => undefined)
    }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

/** undefined: no such file. */
async function readText(file: string): Promise<string | undefined> {
  try {
    return await readRegularFile(file) // a pipe named .lock must not block the open
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    // Not a lock we could have written: read as one that cannot be understood.
    if (error instanceof NotRegularFileError) return ''
    throw error
  }
}

/** null: a lock file that cannot be understood. */
function parseLock(text: string): LockInfo | null {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null
    return { pid: value.pid, host: value.host, startedAt: String(value.startedAt ?? '') }
  } catch {
    return null
  }
}

/** undefined: no lock file; null: a lock file that cannot be understood. */
async function readLock(file: string): Promise<LockInfo | null | undefined> {
  const text = await readText(file)
  return text === undefined ? undefined : parseLock(text)
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
