import { useCallback, useEffect, useRef, useState } from 'react'
import type { JobView } from '@shared/ipc/bundle-contract'
import type { AppError, Result } from '@shared/ipc/result'
import { api, subscribeChanges } from '../../api'

export interface JobState<R> {
  job: JobView<R> | null
  /** Why the job could not be started (or followed). */
  error: AppError | null
  /** Starts following the job a start operation answered. */
  follow: (started: Result<JobView<R>>) => void
  cancel: () => void
  reset: () => void
}

/**
 * Follows one job through the change feed (no polling). The job's status is read once after
 * subscribing, so an end that came before the subscription is not missed.
 */
export function useJob<R>(): JobState<R> {
  const [job, setJob] = useState<JobView<R> | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const current = useRef<string | null>(null)

  useEffect(
    () =>
      subscribeChanges((event) => {
        if (event.type === 'job' && event.job.id === current.current) setJob((before) => (before?.state !== 'running' ? before : (event.job as JobView<R>)))
      }),
    []
  )

  const follow = useCallback((started: Result<JobView<R>>) => {
    if (!started.ok) {
      setError(started.error)
      return
    }
    current.current = started.value.id
    setError(null)
    setJob(started.value)
    void api.jobStatus({ id: started.value.id }).then((status) => {
      if (status.ok && current.current === status.value.id && status.value.state !== 'running') setJob(status.value as JobView<R>)
    })
  }, [])

  const cancel = useCallback(() => {
    if (current.current) void api.cancelJob({ id: current.current })
  }, [])

  const reset = useCallback(() => {
    current.current = null
    setJob(null)
    setError(null)
  }, [])

  return { job, error, follow, cancel, reset }
}
