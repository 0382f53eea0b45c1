import { AppFailure } from '@shared/ipc/result'

/**
 * The file-system errors a user can act on, as translated failures instead of "something went
 * wrong". Writes are atomic, so a write that failed this way changed nothing.
 */
export function failureFromErrno(error: unknown): AppFailure | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppFailure('archive.diskFull', 'The disk is full; nothing was saved', {})
  if (code === 'EROFS') return new AppFailure('archive.readOnly', 'The archive is on a read-only disk', { dir: path ?? '' })
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppFailure('archive.unwritable', `${path ?? 'A file'} cannot be written`, { path: path ?? '', detail: code })
  }
  return undefined
}
