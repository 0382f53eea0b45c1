import { encodeManifestPath } from '@shared/formats/bagit'

/** Lines are packed into chunks of this size; a line never spans two. */
const CHUNK_BYTES = 1024 * 1024
/** `<64 hex digits><two spaces>` before each line's path. */
const PATH_START = 66

/**
 * The payload manifest of a bag being written (`manifest-sha256.txt`), one line per file,
 * packed as bytes: a bundle of 5,000 articles has 40,000 payload files, and a string and an
 * object for each grew the export's memory with the archive. Only the lines' places are kept
 * beside them (two numbers each); they are sorted by path once, at the end.
 */
export class PackedManifest {
  private readonly chunks: Buffer[] = []
  private used = CHUNK_BYTES
  /** Where each line starts (chunk × CHUNK_BYTES + offset) and how long it is. */
  private readonly starts: number[] = []
  private readonly lengths: number[] = []
  private bytes = 0

  get count(): number {
    return this.starts.length
  }

  /** Records one payload file (its path relative to the bag's base directory). */
  add(path: string, size: number, sha256: string): void {
    const line = Buffer.from(`${sha256}  ${encodeManifestPath(path)}\n`, 'utf8')
    if (this.used + line.length > CHUNK_BYTES) {
      this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK_BYTES, line.length)))
      this.used = 0
    }
    line.copy(this.chunks[this.chunks.length - 1]!, this.used)
    this.starts.push((this.chunks.length - 1) * CHUNK_BYTES + this.used)
    this.lengths.push(line.length)
    this.used += line.length
    this.bytes += size
  }

  /** `Payload-Oxum`: the payload's total bytes and its file count. */
  oxum(): string {
    return `${this.bytes}.${this.count}`
  }

  /**
   * The manifest's text, lines sorted by path (by their UTF-8 bytes, which for the ASCII paths
   * of a bundle is the order `manifestTxt` gives). A path recorded twice is a bug: it throws.
   */
  text(): Buffer {
    const order = Array.from(this.starts.keys()).sort((a, b) => this.comparePaths(a, b))
    for (let i = 1; i < order.length; i += 1) {
      if (this.comparePaths(order[i - 1]!, order[i]!) === 0) throw new Error('A bag payload file was recorded twice')
    }
    const out = Buffer.allocUnsafe(this.lengths.reduce((sum, length) => sum + length, 0))
    let at = 0
    for (const line of order) {
      const [chunk, start] = this.place(line)
      at += chunk.copy(out, at, start, start + this.lengths[line]!)
    }
    return out
  }

  private place(line: number): [Buffer, number] {
    const start = this.starts[line]!
    return [this.chunks[Math.floor(start / CHUNK_BYTES)]!, start % CHUNK_BYTES]
  }

  /** Compares two lines' paths (past the digest, before the newline) without copying them. */
  private comparePaths(a: number, b: number): number {
    const [chunkA, startA] = this.place(a)
    const [chunkB, startB] = this.place(b)
    return chunkA.compare(chunkB, startB + PATH_START, startB + this.lengths[b]! - 1, startA + PATH_START, startA + this.lengths[a]! - 1)
  }
}
