import { createHash } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Readable } from 'node:stream'
import yazl from 'yazl'
import type { BagFile } from '@shared/formats/bagit'

/** Files added but not yet written out; past this, `add` waits (memory stays flat at any size). */
const MAX_QUEUED_BYTES = 8 * 1024 * 1024

/**
 * Streams a bag into a zip under one top-level folder, hashing each file as it is added, to a
 * temporary file beside the target that `commit` renames into place: a failure or a kill never
 * leaves a half-written zip under the name asked for.
 */
export class BagZipWriter {
  readonly files = new Map<string, BagFile>()
  private readonly zip = new yazl.ZipFile()
  private readonly out: WriteStream
  private readonly written: Promise<void>
  private queued = 0
  private waiters: (() => void)[] = []
  private readonly mtime = new Date()

  constructor(
    private readonly target: string,
    private readonly root: string,
    readonly tempPath = `${target}.${process.pid}-${Date.now().toString(36)}.part`
  ) {
    this.out = createWriteStream(tempPath, { flags: 'wx' })
    this.written = new Promise<void>((resolve, reject) => {
      this.out.on('close', resolve)
      this.out.on('error', reject)
      this.zip.outputStream.on('error', reject)
    })
    // Awaited by commit; an abort before it must not leave a rejection unheard.
    this.written.catch(() => undefined)
    this.zip.outputStream.pipe(this.out)
  }

  /** Adds a file (path relative to the bag's base directory) and records its size and sha256. */
  async add(path: string, content: string | Buffer): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    this.files.set(path, { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
    this.queued += bytes.length
    // Lazy: yazl asks for the bytes when it reaches the entry, so we know what is still queued.
    // yazl keeps every entry (and so this callback) to the end; the bytes are let go once given.
    let held: Buffer | undefined = bytes
    this.zip.addReadStreamLazy(`${this.root}/${path}`, { mtime: this.mtime, mode: 0o100644 }, (give) => {
      const data = held ?? Buffer.alloc(0)
      held = undefined
      this.queued -= data.length
      give(null, Readable.from([data]))
      if (this.queued <= MAX_QUEUED_BYTES) this.waiters.splice(0).forEach((wake) => wake())
    })
    if (this.queued > MAX_QUEUED_BYTES) await new Promise<void>((resolve) => this.waiters.push(resolve))
  }

  /** Finishes the zip, makes it durable and renames it to the target. */
  async commit(): Promise<number> {
    this.zip.end()
    await this.written
    const handle = await open(this.tempPath, 'r+')
    let size: number
    try {
      await handle.sync()
      size = (await handle.stat()).size
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
    this.out.destroy()
    await rm(this.tempPath, { force: true })
  }
}
