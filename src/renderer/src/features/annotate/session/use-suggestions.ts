import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { asCodePoint, type OffsetMap } from '@shared/anchoring'
import type { AppError } from '@shared/ipc/result'
import type { HistoryEvent } from '@shared/model'
import { api } from '../../../api'
import type { Placed } from '../text/layout'
import type { Suggestion } from '../panel/SuggestionList'

/** Suggestions for one version: fetched on demand, kept in memory only, dropped when decided. */
export function useSuggestions(articleId: string, source: string, map: OffsetMap, onError: (error: AppError) => void) {
  const [state, setState] = useState<{ key: string; items: Suggestion[]; total: number } | null>(null)
  const [loading, setLoading] = useState(false)
  const key = `${articleId}:${source}`
  const items = state?.key === key ? state.items : null
  /** How many the last fetch found (so an emptied list reads "all reviewed", not "none"). */
  const total = state?.key === key ? state.total : 0

  const fetch = useCallback(async () => {
    setLoading(true)
    const result = await api.suggest({ articleId, source })
    setLoading(false)
    if (!result.ok) return onError(result.error)
    setState({ key, items: result.value.map((s, i) => ({ ...s, id: `s${i}-${s.start}` })), total: result.value.length })
  }, [articleId, source, key, onError])

  const drop = useCallback(
    (gone: Suggestion[]) => {
      const ids = new Set(gone.map((s) => s.id))
      setState((before) => (before ? { ...before, items: before.items.filter((s) => !ids.has(s.id)) } : before))
    },
    []
  )

  const placed = useMemo<Placed[]>(
    () =>
      (items ?? []).map((s) => ({
        id: s.id,
        type: s.type,
        start: map.toUtf16(asCodePoint(s.start)) as number,
        end: map.toUtf16(asCodePoint(s.end)) as number,
        level: 0
      })),
    [items, map]
  )

  return { items, total, placed, loading, fetch, drop }
}

/**
 * Fetches the suggestions on show again when an undo or redo (from the toolbar, the menu or
 * a key) rejected or forgot some: what is suggested changed. The article's newest history
 * event tells, once per event.
 */
export function useRefetchOnReplay(history: readonly HistoryEvent[] | undefined, listed: boolean, fetch: () => Promise<void>) {
  const handled = useRef<HistoryEvent | null>(null)
  const last = history?.at(-1) ?? null
  useEffect(() => {
    if (!last || last === handled.current) return
    handled.current = last
    if (listed && last.detail.via !== undefined && last.action.startsWith('suggestion.')) void fetch()
  }, [last, listed, fetch])
}
