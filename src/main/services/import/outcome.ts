import { ImportFailure, type ImportReasonCode, type ReasonParams } from '@shared/formats/failure'
import { AppFailure } from '@shared/ipc/result'
import type { ImportOutcome } from '@shared/model'
import type { Translate } from './types'

/** A failed outcome; the reason is `errors:<code>` translated with the params. */
export function failed(file: string, code: string, params: ReasonParams, t: Translate, encoding?: string): ImportOutcome {
  return {
    file,
    status: 'failed',
    ...(encoding ? { encoding } : {}),
    reason: t(`errors:${code}`, params),
    reasonCode: code,
    reasonParams: params
  }
}

/**
 * Any error met while importing one input, as that input's failed outcome: expected failures
 * keep their code (ImportFailure, or the archive's AppFailure); anything else is reported
 * under `fallback` with its message, so one bad file never stops a batch.
 */
export function failedFrom(file: string, error: unknown, fallback: ImportReasonCode, t: Translate, encoding?: string): ImportOutcome {
  if (error instanceof ImportFailure || error instanceof AppFailure) return failed(file, error.code, error.params ?? {}, t, encoding)
  const detail = error instanceof Error ? error.message : String(error)
  return failed(file, fallback, { detail }, t, encoding)
}

const SYSTEM_CODES: Record<string, ImportReasonCode> = { ENOENT: 'import.notFound', ENOTDIR: 'import.notFound', ELOOP: 'import.unreadable' }

/** A file-system error (ENOENT, EACCES, EISDIR…) as an ImportFailure. */
export function fromSystemError(error: unknown): ImportFailure {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
  return new ImportFailure(SYSTEM_CODES[code] ?? 'import.unreadable', { detail: code })
}
