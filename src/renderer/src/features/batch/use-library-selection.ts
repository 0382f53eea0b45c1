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
  // Held with the search they were made in: a new search starts with none.
  const [held, setHeld] = useState<{ query: string; ticks: Ticks; error: AppError | null }>({ query, ticks: NO_TICKS, error: null })
  const current = held.query === query ? held : { ticks: NO_TICKS, error: null }
  const latest = useRef({ order, query })
  useLayoutEffect(() => {
    latest.current = { order, query }
  })
  const setTicks = useCallback(
    (next: Ticks | ((now: Ticks) => Ticks), error: AppError | null = null) =>
      setHeld((was) => {
        const asked = latest.current.query
        const now = was.query === asked ? was.ticks : NO_TICKS
        return { query: asked, ticks: typeof next === 'function' ? next(now) : next, error }
      }),
    []
  )

  useEffect(
    () =>
      subscribeChanges((event) => {
        if (event.type === 'catalog' && event.removed.length > 0) setTicks((now) => untick(now, event.removed))
      }),
    [setTicks]
  )

  const toggle = useCallback((id: string, range = false) => setTicks((now) => tick(now, latest.current.order, id, range)), [setTicks])
  const set = useCallback((ids: readonly string[]) => setTicks(tickAll(ids)), [setTicks])
  const clear = useCallback(() => setTicks(NO_TICKS), [setTicks])
  const toggleShown = useCallback(
    () => setTicks((now) => (latest.current.order.every((id) => now.ids.has(id)) ? NO_TICKS : tickAll(latest.current.order))),
    [setTicks]
  )
  const selectAll = useCallback(async () => {
    const { order: shown, query: asked } = latest.current
    if (asked.trim() === '') return setTicks(tickAll(shown))
    const result = await api.searchIds({ query: asked.trim() })
    // The user typed on meanwhile: this answer is for a search no longer shown.
    if (latest.current.query !== asked) return
    if (result.ok) setTicks(tickAll(result.value.ids))
    else setTicks((now) => now, result.error)
  }, [setTicks])

  return { ids: current.ticks.ids, toggle, selectAll, toggleShown, set, clear, error: current.error }
}
