import { useEffect, useRef, useState } from 'react'
import type { BundleCheckResult, JobView } from '@shared/ipc/bundle-contract'
import type { AppError, Result } from '@shared/ipc/result'
import { api, isElectron } from '../../api'
import { toBase64 } from '../import/read-files'
import { uploadFile } from './upload-bundle'

export interface SendState {
  /** Bytes sent of the file, while it is being uploaded (browser mode). */
  sent: { done: number; total: number } | null
  /** Why the file could not be sent. */
  error: AppError | null
  /** Stops the upload (the server keeps nothing). */
  cancel: () => void
}

/**
 * Sends a chosen bundle to be checked, once per file: in the browser it is streamed to the
 * server with progress (any size up to the server's limit); Electron names the file by its
 * path, which the main process reads (bytes cross IPC only for a file that has no path).
 * The check job that starts is given to `follow`. Leaving the dialog stops an upload.
 */
export function useSendBundle(file: File, follow: (started: Result<JobView<BundleCheckResult>>) => void): SendState {
  const [sent, setSent] = useState<SendState['sent']>(isElectron ? null : { done: 0, total: file.size })
  const [error, setError] = useState<AppError | null>(null)
  const stop = useRef<() => void>(() => undefined)

  useEffect(() => {
    let live = true
    if (isElectron) {
      const path = window.files?.pathOf(file)
      if (path) {
        void api.startBundleCheck({ name: file.name, path }).then((started) => live && follow(started))
        return () => void (live = false)
      }
      void toBase64(file).then(
        (data) => api.startBundleCheck({ name: file.name, data }).then((started) => live && follow(started)),
        () => live && setError({ code: 'client.unreadable', message: 'The file could not be read.' })
      )
      return () => void (live = false)
    }
    const upload = uploadFile(file, (done, total) => live && setSent({ done, total }))
    stop.current = upload.cancel
    void upload.result.then(async (uploaded) => {
      if (!live) return
      setSent(null)
      if (!uploaded.ok) return uploaded.error.code === 'job.cancelled' ? undefined : setError(uploaded.error)
      const started = await api.startBundleCheck({ name: file.name, upload: uploaded.value.upload })
      if (live) follow(started)
    })
    return () => {
      live = false
      upload.cancel()
    }
  }, [file, follow])

  return { sent, error, cancel: () => stop.current() }
}
