import { stat } from 'node:fs/promises'
import { isAbsolute } from 'node:path'
import { AppFailure } from '@shared/ipc/result'
import { MAX_UPLOAD_BYTES } from '../../server/upload'

/**
 * A bundle the desktop app names by its path on this computer (a file chosen or dropped in the
 * window, whose bytes need not cross IPC): it must be an absolute path to an existing regular
 * file no larger than an upload may be. Answers the path to read it from.
 */
export async function localBundlePath(path: string, limit = MAX_UPLOAD_BYTES): Promise<string> {
  const file = (path.split(/[\\/]/).pop() ?? '') || path
  const info = isAbsolute(path) ? await stat(path).catch(() => null) : null
  if (!info?.isFile()) throw new AppFailure('bundle.notAFile', `Not a file: ${path}`, { file }, 'path')
  if (info.size > limit) throw new AppFailure('server.uploadTooLarge', `${path} is larger than ${limit} bytes`, { limit: Math.floor(limit / (1024 * 1024)) }, 'path')
  return path
}
