import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { AppError } from '@shared/ipc/result'
import { api, subscribeChanges } from '../../api'
import { NO_TICKS, tick, tickAll, untick, type Ticks } from './selection'

export interface LibrarySelection {
  ids: ReadonlySet<string>
  /** Ticks or unticks one row; `range` (shift) ticks every row from the anchor to it. */
  toggle: (id: string, range?: boolean) => void
  /** Every result of the current search (all matches, not only the rows shown), or every article. */
  selectAll: () => Promise<void>
  /** Every row shown ticked, or (when they all are) none. */
  toggleShown: () => void
  set: (ids: readonly string[]) => void
  clear: () => void
  /** Why selecting all results failed (a malformed query), else null. */
  error: AppError | null
}

/**
 * The library's ticked articles. A new search starts a new selection; articles that leave the
 * library (deleted here or in another window) leave it too. `order` is the rows shown, in
 * their order; `query` the search they answer.
 */
export function useLibrarySelection(order: readonly string[], query: string): LibrarySelection {
  const [ticks, setTicks] = useState<Ticks>(NO_TICKS)
  const [error, setError] = useState<AppError | null>(null)
  const latest = useRef({ order, query })
  useLayoutEffect(() => {
    latest.current = { order, query }
  })

  useEffect(() => {
    setTicks(NO_TICKS)
    setError(null)
  }, [query])

  useEffect(
    () =>
      subscribeChanges((event) => {
        if (event.type === 'catalog' && event.removed.length > 0) setTicks((now) => untick(now, event.removed))
      }),
    []
  )

  const toggle = useCallback((id: string, range = false) => setTicks((now) => tick(now, latest.current.order, id, range)), [])
  const set = useCallback((ids: readonly string[]) => setTicks(tickAll(ids)), [])
  const clear = useCallback(() => setTicks(NO_TICKS), [])
  const toggleShown = useCallback(
    () => setTicks((now) => (latest.current.order.every((id) => now.ids.has(id)) ? NO_TICKS : tickAll(latest.current.order))),
    []
  )
  const selectAll = useCallback(async () => {
    const { order: shown, query: asked } = latest.current
    if (asked.trim() === '') return setTicks(tickAll(shown))
    const result = await api.searchIds({ query: asked.trim() })
    // The user typed on meanwhile: this answer is for a search no longer shown.
    if (latest.current.query !== asked) return
    setError(result.ok ? null : result.error)
    if (result.ok) setTicks(tickAll(result.value.ids))
  }, [])

  return { ids: ticks.ids, toggle, selectAll, toggleShown, set, clear, error }
}
