import { useEffect, useState } from 'react'
import type { ConcordanceResult } from '@shared/ipc/concordance-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'

export type ConcordanceStatus =
  | { state: 'idle' }
  | { state: 'loading'; query: string }
  | { state: 'ready'; query: string; result: ConcordanceResult }
  | { state: 'error'; query: string; error: AppError }

/** The concordance of `query`, found in the main process (the search worker names the articles). */
export function useConcordance(query: string): ConcordanceStatus {
  const wanted = query.trim()
  const [answer, setAnswer] = useState<Exclude<ConcordanceStatus, { state: 'idle' | 'loading' }> | null>(null)
  useEffect(() => {
    if (wanted === '') return
    let live = true
    void api.concordance({ query: wanted }).then((result) => {
      if (!live) return
      setAnswer(result.ok ? { state: 'ready', query: wanted, result: result.value } : { state: 'error', query: wanted, error: result.error })
    })
    return () => {
      live = false
    }
  }, [wanted])
  if (wanted === '') return { state: 'idle' }
  return answer?.query === wanted ? answer : { state: 'loading', query: wanted }
}
