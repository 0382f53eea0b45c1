import { useCallback, useEffect, useState } from 'react'
import type { EntityPage } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import { api, subscribeChanges } from '../../api'

export type PageStatus = { state: 'loading' } | { state: 'ready'; page: EntityPage } | { state: 'error'; error: AppError }

/** One entity's page (record, mentions, articles, co-occurring entities), following changes from every window. */
export function useEntityPage(id: string): { status: PageStatus; reload: () => Promise<void> } {
  const [status, setStatus] = useState<PageStatus>({ state: 'loading' })
  const reload = useCallback(async () => {
    const result = await api.getEntity({ id })
    setStatus(result.ok ? { state: 'ready', page: result.value } : { state: 'error', error: result.error })
  }, [id])

  useEffect(() => {
    let live = true
    const load = () =>
      void api.getEntity({ id }).then((result) => {
        if (live) setStatus(result.ok ? { state: 'ready', page: result.value } : { state: 'error', error: result.error })
      })
    load()
    // Mentions made, moved or removed in any window change this page: read it again.
    const unsubscribe = subscribeChanges((event) => (event.type === 'registry' || event.type === 'resync') && load())
    return () => {
      live = false
      unsubscribe()
    }
  }, [id])
  return { status, reload }
}
