import { useEffect, useState } from 'react'
import type { ExploreData, ExploreScope } from '@shared/ipc/explore-contract'
import type { AppError } from '@shared/ipc/result'
import { api, subscribeChanges } from '../../api'

export interface ExploreParams {
  entity: string | null
  types: string[]
  minWeight: number
  limit: number
  scope: ExploreScope
}

export type ExploreStatus =
  | { state: 'loading' }
  | { state: 'ready'; data: ExploreData }
  | { state: 'error'; error: AppError }

/** A burst of changes (an import, tag-all) is read again once it has settled. */
const SETTLE_MS = 250

/**
 * The Explore figures for these parameters, computed in main, read again after any change
 * in any window. While new figures are on their way the previous ones stay shown.
 */
export function useExplore(params: ExploreParams): ExploreStatus {
  const [status, setStatus] = useState<ExploreStatus>({ state: 'loading' })
  const { entity, types, minWeight, limit, scope } = params
  const typesKey = types.join('\u0000')

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // Answers arrive in any order: only the last request's is shown, none after unmount.
    let latest = 0
    const load = () => {
      const ticket = ++latest
      const input = { ...(entity ? { entity } : {}), types: typesKey ? typesKey.split('\u0000') : [], minWeight, limit, scope }
      void api.explore(input).then((result) => {
        if (ticket !== latest) return
        setStatus(result.ok ? { state: 'ready', data: result.value } : { state: 'error', error: result.error })
      })
    }
    load()
    const unsubscribe = subscribeChanges((event) => {
      if (event.type === 'job') return
      clearTimeout(timer)
      timer = setTimeout(load, SETTLE_MS)
    })
    return () => {
      clearTimeout(timer)
      latest = -1
      unsubscribe()
    }
  }, [entity, typesKey, minWeight, limit, scope])

  return status
}
