import type { FileHandle } from 'node:fs/promises'
import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A zip written front to back (APPNOTE 6.3.10): each entry's local header and data as it is
 * added, the central directory at the end, ZIP64 records when there are 65,535 entries or
 * more or the archive passes 4 GiB. Entries arrive whole (a Buffer), so their CRC and sizes
 * go in the local header and no data descriptor is needed. Writes are gathered into blocks of
 * BLOCK_BYTES; `add` waits while a block is written (the back-pressure), and the central
 * directory is kept as packed bytes, so memory does not grow with the data written.
 *
 * Why not yazl, which wrote bundles before: a stream pipeline per entry, a scan of every
 * entry on each step (quadratic at tens of thousands of files) and a file write per chunk
 * cost several seconds at 1,000 articles; reading still goes through yauzl, which checks
 * every name.
 */

const BLOCK_BYTES = 1024 * 1024
const DEFLATE_LEVEL = 6
const UTF8_NAMES = 0x0800
const STORE = 0
const DEFLATE = 8
/** Unix (3) as the system that made the entries, spec version 4.5 (ZIP64). */
const MADE_BY = (3 << 8) | 45
const NEEDS = 20
const NEEDS_ZIP64 = 45
const MAX_16 = 0xffff
const MAX_32 = 0xffffffff
/** A regular file, rw-r--r--, in the high half of the external attributes. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0

/** MS-DOS date and time of a local date (the zip's own format; seconds in twos). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107)
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
  }
}

/** Bytes appended to blocks of a fixed size: the central directory, without an object per entry. */
class PackedBytes {
  private readonly blocks: Buffer[] = []
  private current = Buffer.allocUnsafe(64 * 1024)
  private used = 0
  size = 0

  push(bytes: Buffer): void {
    if (this.used + bytes.length > this.current.length) {
      this.blocks.push(this.current.subarray(0, this.used))
      this.current = Buffer.allocUnsafe(Math.max(64 * 1024, bytes.length))
      this.used = 0
    }
    bytes.copy(this.current, this.used)
    this.used += bytes.length
    this.size += bytes.length
  }

  all(): Buffer[] {
    return [...this.blocks, this.current.subarray(0, this.used)]
  }
}

export class ZipStream {
  private readonly central = new PackedBytes()
  private pending: Buffer[] = []
  private pendingBytes = 0
  /** Bytes handed to the file so far (the offset of the next local header). */
  private offset = 0
  private entries = 0
  private readonly stamp: { time: number; date: number }

  constructor(
    private readonly handle: FileHandle,
    mtime: Date
  ) {
    this.stamp = dosDateTime(mtime)
  }

  /** Adds a file; deflated unless that would not make it smaller. */
  async add(name: string, data: Buffer): Promise<void> {
    if (data.length >= MAX_32) throw new RangeError(`${name} is too large for one zip entry`)
    const nameBytes = Buffer.from(name, 'utf8')
    const deflated = deflateRawSync(data, { level: DEFLATE_LEVEL })
    const stored = deflated.length >= data.length
    const body = stored ? data : deflated
    const fields = { method: stored ? STORE : DEFLATE, crc: crc32(data), compressed: body.length, size: data.length }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(NEEDS, 4)
    this.writeCommon(local, 6, fields, nameBytes.length)
    this.centralRecord(nameBytes, fields)
    this.queue(local, nameBytes, body)
    this.entries += 1
    if (this.pendingBytes >= BLOCK_BYTES) await this.flush()
  }

  /** Writes the central directory and the end records; the total size of the zip. */
  async finish(): Promise<number> {
    const start = this.offset
    for (const block of this.central.all()) this.queue(block)
    const size = this.central.size
    const zip64 = this.entries >= MAX_16 || start >= MAX_32 || size >= MAX_32
    if (zip64) {
      const record = Buffer.alloc(56)
      record.writeUInt32LE(0x06064b50, 0)
      record.writeBigUInt64LE(44n, 4)
      record.writeUInt16LE(MADE_BY, 12)
      record.writeUInt16LE(NEEDS_ZIP64, 14)
      record.writeBigUInt64LE(BigInt(this.entries), 24)
      record.writeBigUInt64LE(BigInt(this.entries), 32)
      record.writeBigUInt64LE(BigInt(size), 40)
      record.writeBigUInt64LE(BigInt(start), 48)
      const locator = Buffer.alloc(20)
      locator.writeUInt32LE(0x07064b50, 0)
      locator.writeBigUInt64LE(BigInt(start + size), 8)
      locator.writeUInt32LE(1, 16)
      this.queue(record, locator)
    }
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(Math.min(this.entries, MAX_16), 8)
    end.writeUInt16LE(Math.min(this.entries, MAX_16), 10)
    end.writeUInt32LE(Math.min(size, MAX_32), 12)
    end.writeUInt32LE(Math.min(start, MAX_32), 16)
    this.queue(end)
    await this.flush()
    return this.offset
  }

  /** Version needed … name length: the part local and central headers share (from "needs"+2). */
  private writeCommon(header: Buffer, at: number, fields: { method: number; crc: number; compressed: number; size: number }, nameLength: number): void {
    header.writeUInt16LE(UTF8_NAMES, at)
    header.writeUInt16LE(fields.method, at + 2)
    header.writeUInt16LE(this.stamp.time, at + 4)
    header.writeUInt16LE(this.stamp.date, at + 6)
    header.writeUInt32LE(fields.crc, at + 8)
    header.writeUInt32LE(fields.compressed, at + 12)
    header.writeUInt32LE(fields.size, at + 16)
    header.writeUInt16LE(nameLength, at + 20)
  }

  /** The entry's central directory record; its offset goes in a ZIP64 extra field past 4 GiB. */
  private centralRecord(name: Buffer, fields: { method: number; crc: number; compressed: number; size: number }): void {
    const far = this.offset >= MAX_32
    const record = Buffer.alloc(46 + name.length + (far ? 12 : 0))
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE(MADE_BY, 4)
    record.writeUInt16LE(far ? NEEDS_ZIP64 : NEEDS, 6)
    this.writeCommon(record, 8, fields, name.length)
    record.writeUInt16LE(far ? 12 : 0, 30)
    record.writeUInt32LE(FILE_ATTRIBUTES, 38)
    record.writeUInt32LE(far ? MAX_32 : this.offset, 42)
    name.copy(record, 46)
    if (far) {
      record.writeUInt16LE(0x0001, 46 + name.length)
      record.writeUInt16LE(8, 48 + name.length)
      record.writeBigUInt64LE(BigInt(this.offset), 50 + name.length)
    }
    this.central.push(record)
  }

  private queue(...chunks: Buffer[]): void {
    for (const chunk of chunks) {
      this.pending.push(chunk)
      this.pendingBytes += chunk.length
      this.offset += chunk.length
    }
  }

  private async flush(): Promise<void> {
    const chunks = this.pending
    this.pending = []
    this.pendingBytes = 0
    let left = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
    while (left > 0) {
      const { bytesWritten } = await this.handle.writev(chunks)
      left -= bytesWritten
      if (left > 0) dropWritten(chunks, bytesWritten)
    }
  }
}

/** After a short write: removes what was written from the front of the chunks. */
function dropWritten(chunks: Buffer[], written: number): void {
  let rest = written
  while (rest > 0 && chunks.length > 0) {
    const first = chunks[0]!
    if (first.length <= rest) {
      rest -= first.length
      chunks.shift()
    } else {
      chunks[0] = first.subarray(rest)
      rest = 0
    }
  }
}
