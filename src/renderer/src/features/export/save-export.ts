import type { ExportResult, JobView } from '@shared/ipc/bundle-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'

/**
 * Hands a finished export to the user: Electron asks where to save it (native dialog); a
 * browser downloads it, streamed by the server from the job's file (one-time key, no token).
 */
export async function saveExport(job: JobView<ExportResult>): Promise<AppError | null> {
  const result = job.result
  if (!result) return null
  if (window.api) {
    const saved = await api.saveExport({ id: job.id })
    return saved.ok ? null : saved.error
  }
  const link = document.createElement('a')
  link.href = downloadUrl(job)
  link.download = result.fileName
  document.body.append(link)
  link.click()
  link.remove()
  return null
}

export const downloadUrl = (job: JobView<ExportResult>): string =>
  `/api/download?job=${encodeURIComponent(job.id)}&key=${encodeURIComponent(job.result?.downloadKey ?? '')}`
