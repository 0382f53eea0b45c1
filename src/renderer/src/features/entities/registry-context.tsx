import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { RegistryView } from '@shared/ipc/annotation-contract'
import type { AppError, Result } from '@shared/ipc/result'
import { api, subscribeChanges } from '../../api'

export type RegistryStatus = { state: 'loading' } | { state: 'ready'; registry: RegistryView } | { state: 'error'; error: AppError }

interface RegistryState {
  status: RegistryStatus
  reload: () => Promise<void>
}

const RegistryContext = createContext<RegistryState | null>(null)

/** The status a registry read leads to; an unchanged registry keeps its object (no re-render of what uses it). */
const next = (result: Result<RegistryView>) => (before: RegistryStatus): RegistryStatus => {
  if (!result.ok) return { state: 'error', error: result.error }
  return before.state === 'ready' && JSON.stringify(before.registry) === JSON.stringify(result.value) ? before : { state: 'ready', registry: result.value }
}

/**
 * The tag schema and the entity registry with mention counts, shared by the sidebar, the
 * entity list, the schema editor and the reader. Reloaded on every navigation, and by the
 * reader when a change touches entities, because tagging changes the counts; the call is
 * cheap (the mention index lives in the main process).
 */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RegistryStatus>({ state: 'loading' })
  const reload = useCallback(async () => {
    const result = await api.getRegistry({})
    setStatus(next(result))
  }, [])

  useEffect(() => {
    let live = true
    const load = () => void api.getRegistry({}).then((result) => live && setStatus(next(result)))
    load()
    window.addEventListener('hashchange', load)
    // Entities, the schema and mention counts follow changes made in any window.
    const unsubscribe = subscribeChanges((event) => (event.type === 'registry' || event.type === 'resync') && load())
    return () => {
      live = false
      window.removeEventListener('hashchange', load)
      unsubscribe()
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
