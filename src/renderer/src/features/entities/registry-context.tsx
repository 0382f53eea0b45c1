import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { RegistryView } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'

export type RegistryStatus = { state: 'loading' } | { state: 'ready'; registry: RegistryView } | { state: 'error'; error: AppError }

interface RegistryState {
  status: RegistryStatus
  reload: () => Promise<void>
}

const RegistryContext = createContext<RegistryState | null>(null)

/**
 * The tag schema and the entity registry with mention counts, shared by the sidebar, the
 * entity list and the schema editor. Reloaded on every navigation, because tagging in the
 * reader changes the counts; the call is cheap (the mention index lives in the main process).
 */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RegistryStatus>({ state: 'loading' })
  const reload = useCallback(async () => {
    const result = await api.getRegistry({})
    setStatus(result.ok ? { state: 'ready', registry: result.value } : { state: 'error', error: result.error })
  }, [])

  useEffect(() => {
    let live = true
    const load = () => void api.getRegistry({}).then((result) => {
      if (live) setStatus(result.ok ? { state: 'ready', registry: result.value } : { state: 'error', error: result.error })
    })
    load()
    window.addEventListener('hashchange', load)
    return () => {
      live = false
      window.removeEventListener('hashchange', load)
    }
  }, [])

  const value = useMemo(() => ({ status, reload }), [status, reload])
  return <RegistryContext.Provider value={value}>{children}</RegistryContext.Provider>
}

export function useRegistry(): RegistryState {
  const state = useContext(RegistryContext)
  if (!state) throw new Error('useRegistry outside RegistryProvider')
  return state
}
