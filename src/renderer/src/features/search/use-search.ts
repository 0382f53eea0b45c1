import { useEffect, useMemo, useRef, useState } from 'react'
import type { AppError } from '@shared/ipc/result'
import type { SearchResults } from '@shared/ipc/search-contract'
import { api, subscribeChanges } from '../../api'

/** Typing pauses this long before the index is asked: one query per pause, not per key. */
export const SEARCH_DELAY_MS = 180
/** Changes elsewhere (an import writes many articles) are followed once they settle. */
const CHANGE_DELAY_MS = 300
/** Hits listed with snippets; every match is still counted, and faceted. */
export const SEARCH_LIMIT = 200

export interface SearchState {
  /** The query `results` or `error` answer (the typed one may be newer). */
  query: string
  results: SearchResults | null
  error: AppError | null
  /** A newer query is on its way. */
  pending: boolean
}

const IDLE: SearchState = { query: '', results: null, error: null, pending: false }

/**
 * Full-text search of the library box: debounced, answered by main's index (never built
 * here), and asked again when articles or the registry change anywhere. An answer to an
 * older query than the last one asked is dropped.
 */
export function useSearch(query: string): SearchState {
  const [answer, setAnswer] = useState<SearchState>(IDLE)
  const [changes, setChanges] = useState(0)
  const asked = useRef(0)
  const trimmed = query.trim()

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = subscribeChanges((event) => {
      if (event.type === 'article') return
      clearTimeout(timer)
      timer = setTimeout(() => setChanges((n) => n + 1), CHANGE_DELAY_MS)
    })
    return () => {
      stop()
      clearTimeout(timer)
    }
  }, [])

  useEffect(() => {
    const ticket = ++asked.current
    if (trimmed === '') return
    const timer = setTimeout(() => {
      void api.search({ query: trimmed, limit: SEARCH_LIMIT, facets: true }).then((result) => {
        if (ticket !== asked.current) return
        setAnswer(result.ok ? { query: trimmed, results: result.value, error: null, pending: false } : { query: trimmed, results: null, error: result.error, pending: false })
      })
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [trimmed, changes])

  return useMemo(() => (trimmed === '' ? IDLE : { ...answer, pending: answer.query !== trimmed }), [answer, trimmed])
}
