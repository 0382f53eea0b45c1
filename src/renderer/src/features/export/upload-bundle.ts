import type { AppError, Result } from '@shared/ipc/result'
import { accessToken } from '../../api'

/** A file on its way to the server: its upload id when it arrives, progress, and a way to stop it. */
export interface Upload {
  result: Promise<Result<{ upload: string; bytes: number }>>
  cancel(): void
}

const failure = (code: string, message: string, params?: AppError['params']): Result<never> => ({ ok: false, error: { code, message, ...(params ? { params } : {}) } })

/**
 * Browser mode: streams a file's bytes to `POST /api/upload` (the server writes them to a
 * temporary file; no base64, no size cap but the server's). XMLHttpRequest rather than fetch:
 * only it reports how much of a request body has been sent. A cancel resolves with
 * `job.cancelled` and the server removes what it had received.
 */
export function uploadFile(file: File, onProgress: (sent: number, total: number) => void): Upload {
  const request = new XMLHttpRequest()
  const result = new Promise<Result<{ upload: string; bytes: number }>>((resolve) => {
    request.open('POST', '/api/upload')
    request.setRequestHeader('authorization', `Bearer ${accessToken()}`)
    request.setRequestHeader('content-type', 'application/octet-stream')
    request.responseType = 'json'
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size)
    request.onload = () => {
      const body = request.response as Result<{ upload: string; bytes: number }> | null
      if (request.status === 401) resolve(failure('client.unauthorized', 'The session token was refused.'))
      else resolve(body ?? failure('client.badResponse', `HTTP ${request.status}`))
    }
    request.onerror = () => resolve(failure('client.network', 'network error', { message: `HTTP ${request.status}` }))
    request.onabort = () => resolve(failure('job.cancelled', 'Cancelled'))
    request.send(file)
  })
  return { result, cancel: () => request.abort() }
}
