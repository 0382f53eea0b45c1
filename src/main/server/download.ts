import type { Translate } from '../i18n'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'

export const DOWNLOAD_PATH = '/api/download'

/** The file a job's download key opens, or null (unknown job, wrong key, not finished). */
export type DownloadLookup = (job: string, key: string) => { path: string; fileName: string } | null

/** Streams a finished export as an attachment; never reads it whole into memory. */
export async function sendDownload(url: URL, res: ServerResponse, lookup: DownloadLookup, t: Translate): Promise<void> {
  const found = lookup(url.searchParams.get('job') ?? '', url.searchParams.get('key') ?? '')
  const size = found ? await stat(found.path).then((info) => info.size).catch(() => null) : null
  if (!found || size === null) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(t('errors:job.notFound'))
    return
  }
  res.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename="${found.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff'
  })
  await pipeline(createReadStream(found.path), res)
}
