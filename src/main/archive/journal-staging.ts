import { randomBytes } from 'node:crypto'
import { mkdir, open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir } from './durable-write'

/** Staged after-images of a plan live in `journal/<id>.staged/`, next to the plan `journal/<id>.json`. */
export const STAGED_SUFFIX = '.staged'
/** How many staged files are written at once (their fsyncs overlap). */
const STAGE_CONCURRENCY = 8

export const newJournalId = (): string => `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
export const stagedDirOf = (journalDir: string, id: string): string => join(journalDir, `${id}${STAGED_SUFFIX}`)

/**
 * The after-images of a journaled change too large to hold in memory, written to disk one by
 * one before the plan: the plan then names each staged file (a `place` step) instead of
 * carrying its text, and applying it renames them into place. Until the plan is durable the
 * staged files are no change at all: a crash leaves a folder the next open removes.
 */
export class JournalStaging {
  private count = 0
  private readonly writing = new Set<Promise<void>>()
  private failure: unknown

  private constructor(
    readonly id: string,
    private readonly dir: string
  ) {}

  static async create(journalDir: string): Promise<JournalStaging> {
    const id = newJournalId()
    const dir = stagedDirOf(journalDir, id)
    await mkdir(dir, { recursive: true })
    return new JournalStaging(id, dir)
  }

  /** Starts writing one after-image; answers its path relative to the archive (for a `place` step). */
  async stage(text: string): Promise<string> {
    if (this.writing.size >= STAGE_CONCURRENCY) await Promise.race(this.writing)
    this.rethrow()
    const name = `${(this.count += 1)}.json`
    const write = writeSynced(join(this.dir, name), text).then(
      () => void this.writing.delete(write),
      (error: unknown) => {
        this.failure ??= error
        this.writing.delete(write)
      }
    )
    this.writing.add(write)
    return `journal/${this.id}${STAGED_SUFFIX}/${name}`
  }

  /** Every staged file durable, the folder's entries too: the plan may now be written. */
  async settle(): Promise<void> {
    await Promise.all(this.writing)
    this.rethrow()
    await fsyncDir(this.dir)
  }

  /** Removes what was staged (the change was given up, or its plan has been applied). */
  async discard(): Promise<void> {
    await Promise.all(this.writing)
    await rm(this.dir, { recursive: true, force: true })
  }

  private rethrow(): void {
    if (this.failure !== undefined) throw this.failure
  }
}

async function writeSynced(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}
