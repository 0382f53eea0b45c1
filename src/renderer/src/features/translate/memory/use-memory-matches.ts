import { useEffect, useState } from 'react'
import { memoryApi, type MemoryMatchView } from './memory-api'

const NONE: MemoryMatchView[] = []
/** Moving quickly through rows (Alt+↓ held) asks only for the row one stops on. */
const PAUSE_MS = 120

export interface MatchQuery {
  articleId: string
  rowId: string
  /** The row's source text; null in a monolingual translation (nothing to match). */
  source: string | null
  sourceLang: string | null
  targetLang: string
}

/**
 * The memory's best matches for the active row's source. Keyed to the row and its source,
 * never to the draft being typed, so a keystroke never asks the memory anything.
 */
export function useMemoryMatches(query: MatchQuery): { matches: MemoryMatchView[]; loading: boolean } {
  const { articleId, rowId, source, sourceLang, targetLang } = query
  const key = `${articleId}\n${rowId}\n${source}`
  const [state, setState] = useState<{ key: string; matches: MemoryMatchView[] }>({ key: '', matches: NONE })
  useEffect(() => {
    if (source === null || sourceLang === null || source.trim() === '') return
    let live = true
    const timer = setTimeout(() => {
      void memoryApi.memoryMatches({ text: source, sourceLang, targetLang, articleId, rowId, limit: 3 }).then((result) => {
        if (live) setState({ key, matches: result.ok ? result.value : NONE })
      })
    }, PAUSE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [key, articleId, rowId, source, sourceLang, targetLang])
  const mine = state.key === key
  return { matches: mine ? state.matches : NONE, loading: source !== null && !mine }
}
