import { open, type FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'
import yauzl, { type Options, type ZipFile } from 'yauzl'

/** Bytes read from the zip at a time, and how many such blocks are kept. */
const BLOCK_BYTES = 256 * 1024
const BLOCKS_KEPT = 8

/**
 * A zip file read in blocks of 256 KB, the last few kept. yauzl's own reader asks the file
 * system for every header and every entry apart (four or five reads an entry): a bundle of
 * 5,000 articles in eight formats is 40,000 entries, and those small reads cost more than the
 * hashing and parsing. The entries of a zip are read in order, its central directory too, so
 * two blocks in use at a time answer nearly every read; memory stays at 2 MB whatever the size.
 */
class BlockReader extends yauzl.RandomAccessReader {
  private readonly blocks = new Map<number, Promise<Buffer>>()

  constructor(
    private readonly file: FileHandle,
    private readonly size: number
  ) {
    super()
  }

  private block(index: number): Promise<Buffer> {
    const kept = this.blocks.get(index)
    if (kept) {
      // Map order is the order of use: the first one is the least recently used.
      this.blocks.delete(index)
      this.blocks.set(index, kept)
      return kept
    }
    const start = index * BLOCK_BYTES
    const length = Math.min(BLOCK_BYTES, this.size - start)
    const reading = this.file.read(Buffer.allocUnsafe(length), 0, length, start).then(({ buffer, bytesRead }) => buffer.subarray(0, bytesRead))
    reading.catch(() => this.blocks.delete(index))
    this.blocks.set(index, reading)
    if (this.blocks.size > BLOCKS_KEPT) this.blocks.delete(this.blocks.keys().next().value!)
    return reading
  }

  /** The bytes from `position` to at most `end` that the block holding `position` has (none at the end of the file). */
  private async slice(position: number, end: number): Promise<Buffer> {
    if (position >= this.size) return Buffer.alloc(0)
    const index = Math.floor(position / BLOCK_BYTES)
    const block = await this.block(index)
    const from = position - index * BLOCK_BYTES
    return block.subarray(from, Math.min(block.length, from + (end - position)))
  }

  override _readStreamForRange(start: number, end: number): Readable {
    let position = start
    const stream = new Readable({
      read: () => {
        if (position >= end) return void stream.push(null)
        this.slice(position, end).then(
          (bytes) => {
            position += bytes.length
            stream.push(bytes.length === 0 ? null : bytes)
          },
          (error: Error) => stream.destroy(error)
        )
      }
    })
    return stream
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (error: Error | null, bytesRead?: number) => void): void {
    void (async () => {
      let done = 0
      while (done < length) {
        const bytes = await this.slice(position + done, position + length)
        if (bytes.length === 0) break
        bytes.copy(buffer, offset + done)
        done += bytes.length
      }
      return done
    })().then(
      (bytesRead) => callback(null, bytesRead),
      (error: Error) => callback(error)
    )
  }

  override close(callback: (error: Error | null) => void): void {
    this.blocks.clear()
    this.file.close().then(
      () => callback(null),
      (error: Error) => callback(error)
    )
  }
}

/** Opens a zip for yauzl through a BlockReader; the file is closed when yauzl is done with it (autoClose) or on `close()`. */
export async function openZipInBlocks(path: string, options: Options): Promise<ZipFile> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    return await new Promise<ZipFile>((resolve, reject) =>
      yauzl.fromRandomAccessReader(new BlockReader(file, size), size, options, (error, zip) => (error ? reject(error) : resolve(zip)))
    )
  } catch (error) {
    await file.close().catch(() => undefined)
    throw error
  }
}
