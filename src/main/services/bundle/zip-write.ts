import { createHash } from 'node:crypto'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { BagFile } from '@shared/formats/bagit'
import { PackedManifest } from './packed-manifest'
import { ZipStream } from './zip-stream'

/**
 * Streams a bag into a zip under one top-level folder, hashing each file as it is written, to
 * a temporary file beside the target that `commit` renames into place: a failure or a kill
 * never leaves a half-written zip under the name asked for. Only each file's size and hash are
 * kept (for the manifests), packed for the payload; its bytes are let go once written.
 */
export class BagZipWriter {
  /** The files under data/ (§2.1.2), for manifest-sha256.txt and Payload-Oxum. */
  readonly payload = new PackedManifest()
  /** The tag files (the few outside data/), for tagmanifest-sha256.txt. */
  readonly tags = new Map<string, BagFile>()
  private readonly opened: Promise<{ handle: FileHandle; zip: ZipStream }>
  private readonly mtime = new Date()

  constructor(
    private readonly target: string,
    private readonly root: string,
    readonly tempPath = `${target}.${process.pid}-${Date.now().toString(36)}.part`
  ) {
    this.opened = open(tempPath, 'wx').then((handle) => ({ handle, zip: new ZipStream(handle, this.mtime) }))
    // Awaited by add, commit and abort; an abort before any of them must not leave a rejection unheard.
    this.opened.catch(() => undefined)
  }

  /** Adds a file (path relative to the bag's base directory) and records its size and sha256. */
  async add(path: string, content: string | Buffer): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    if (path.startsWith('data/')) this.payload.add(path, bytes.length, sha256)
    else this.tags.set(path, { size: bytes.length, sha256 })
    const { zip } = await this.opened
    await zip.add(`${this.root}/${path}`, bytes)
  }

  /** Finishes the zip, makes it durable and renames it to the target. */
  async commit(): Promise<number> {
    const { handle, zip } = await this.opened
    let size: number
    try {
      size = await zip.finish()
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(this.tempPath, this.target)
    const folder = await open(dirname(this.target), 'r').catch(() => undefined)
    await folder?.sync().catch(() => undefined)
    await folder?.close()
    return size
  }

  /** Stops writing and removes the temporary file. */
  async abort(): Promise<void> {
    const opened = await this.opened.catch(() => undefined)
    await opened?.handle.close().catch(() => undefined)
    await rm(this.tempPath, { force: true })
  }
}
