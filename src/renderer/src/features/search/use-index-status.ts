import { useEffect, useState } from 'react'
import type { SearchIndexStatus } from '@shared/ipc/search-contract'
import { api, subscribeChanges } from '../../api'

/**
 * How far main's search index is built: asked once, then followed on the change feed (main
 * publishes every step of a build). Null until known.
 */
export function useIndexStatus(): SearchIndexStatus | null {
  const [status, setStatus] = useState<SearchIndexStatus | null>(null)
  useEffect(() => {
    let live = true
    const ask = () =>
      void api.searchStatus({}).then((result) => {
        if (live && result.ok) setStatus(result.value)
      })
    const stop = subscribeChanges((event) => {
      if (event.type === 'searchIndex') setStatus(event.status)
      else if (event.type === 'resync') ask()
    })
    ask()
    return () => {
      live = false
      stop()
    }
  }, [])
  return status
}
