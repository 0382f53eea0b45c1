import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Uploaded files waiting to be checked; an older one is removed (it must be sent again). */
const KEEP_UPLOADS = 4

/**
 * Files streamed to the server in browser mode (a bundle too large to travel inside JSON),
 * each in a private temporary folder until an operation takes it by id. Whatever is not
 * taken is removed when the store is closed.
 */
export class UploadStore {
  private readonly waiting = new Map<string, string>()
  private folder: Promise<string> | undefined

  /** A new upload's id and the path to stream it to; `keep` it once complete (the sender removes a partial one). */
  async create(): Promise<{ id: string; path: string }> {
    this.folder ??= mkdtemp(join(tmpdir(), 'scriptorium-upload-'))
    const id = `u_${randomBytes(8).toString('hex')}`
    return { id, path: join(await this.folder, id) }
  }

  keep(id: string, path: string): void {
    this.waiting.set(id, path)
    for (const old of [...this.waiting.keys()].slice(0, Math.max(0, this.waiting.size - KEEP_UPLOADS))) {
      void rm(this.waiting.get(old)!, { force: true })
      this.waiting.delete(old)
    }
  }

  /** The path of a complete upload, which the caller now owns (and removes); null when unknown. */
  take(id: string): string | null {
    const path = this.waiting.get(id) ?? null
    this.waiting.delete(id)
    return path
  }

  close(): void {
    this.waiting.clear()
    const folder = this.folder
    this.folder = undefined
    void folder?.then((dir) => rmSync(dir, { recursive: true, force: true }))
  }
}
