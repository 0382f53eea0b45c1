import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import type { Entry, ZipFile } from 'yauzl'

/** Reading one zip entry, shared by the bundle's check (zip-read) and its second read at import (read-articles). */

export const openEntry = (zip: ZipFile, entry: Entry): Promise<Readable> =>
  new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))))

/** The entry held more bytes than it may: reading stopped there. */
export class EntryOverrun extends Error {}

export interface HashedEntry {
  size: number
  sha256: string
  /** The entry's bytes, when asked to keep them. */
  bytes: Buffer | null
}

/**
 * Reads an entry's stream to its end, hashing it as it comes, and stops at once (EntryOverrun)
 * past `maxBytes` rather than after reading a lie about its size whole. Any failure destroys
 * the stream before it is passed on.
 */
export async function readHashed(stream: Readable, maxBytes: number, keep: boolean, onChunk?: (bytes: number) => void): Promise<HashedEntry> {
  const hash = createHash('sha256')
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > maxBytes) throw new EntryOverrun()
      hash.update(chunk)
      if (keep) chunks.push(chunk)
      onChunk?.(chunk.length)
    }
  } catch (error) {
    stream.destroy()
    throw error
  }
  return { size, sha256: hash.digest('hex'), bytes: keep ? Buffer.concat(chunks) : null }
}
