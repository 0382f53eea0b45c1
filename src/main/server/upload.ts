import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** `POST /api/upload`: a file's raw bytes (browser mode's bundles), streamed to a temporary file. */
export const UPLOAD_PATH = '/api/upload'
/** The largest upload taken: a bundle past this is refused before a byte is stored. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024

/** Where uploads go (services/bundle/uploads.ts). */
export interface UploadTarget {
  create(): Promise<{ id: string; path: string }>
  keep(id: string, path: string): void
}

/** What the server answers an upload: its id and size, or why it was refused. */
export type UploadOutcome =
  | { ok: true; upload: string; bytes: number }
  | { ok: false; status: 413; code: 'server.uploadTooLarge'; limitMb: number }
  | { ok: false; status: 400; code: 'server.uploadIncomplete' }

class OverLimit extends Error {}

/** Counts the bytes going through and stops the stream past `limit` (a missing or lying Content-Length). */
class ByteLimit extends Transform {
  bytes = 0

  constructor(private readonly limit: number) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, next: (error?: Error | null, data?: Buffer) => void): void {
    this.bytes += chunk.length
    next(this.bytes > this.limit ? new OverLimit() : null, chunk)
  }
}

/**
 * Streams a request body to a new upload: never more than a chunk in memory, refused at once
 * when its declared size is over `limit` and stopped as soon as it passes it. A body cut short
 * (the user cancelled, the tab closed) leaves nothing behind.
 */
export async function receiveUpload(req: IncomingMessage, uploads: UploadTarget, limit: number): Promise<UploadOutcome> {
  const tooLarge = { ok: false, status: 413, code: 'server.uploadTooLarge', limitMb: Math.floor(limit / (1024 * 1024)) } as const
  if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge
  const { id, path } = await uploads.create()
  const counted = new ByteLimit(limit)
  try {
    await pipeline(req, counted, createWriteStream(path, { flags: 'wx' }))
  } catch (error) {
    await rm(path, { force: true })
    if (error instanceof OverLimit) return tooLarge
    return { ok: false, status: 400, code: 'server.uploadIncomplete' }
  }
  // A connection closed early may still end the request stream cleanly: check the size it declared.
  const declared = req.headers['content-length']
  const bytes = counted.bytes
  if (req.readableAborted || (declared !== undefined && Number(declared) !== bytes)) {
    await rm(path, { force: true })
    return { ok: false, status: 400, code: 'server.uploadIncomplete' }
  }
  uploads.keep(id, path)
  return { ok: true, upload: id, bytes }
}
