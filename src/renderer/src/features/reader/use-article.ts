import { useEffect, useState } from 'react'
import type { ArticleView } from '@shared/ipc/contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'

export type ArticleState = { state: 'loading' } | { state: 'ready'; view: ArticleView } | { state: 'error'; error: AppError }

/** Loads an article; `attempt` retries. Anything answered for an older request counts as loading. */
export function useArticle(id: string, attempt: number): ArticleState {
  const request = `${attempt}:${id}`
  const [answer, setAnswer] = useState<{ request: string; state: ArticleState } | null>(null)
  useEffect(() => {
    let live = true
    void api.getArticle({ id }).then((result) => {
      if (!live) return
      setAnswer({ request, state: result.ok ? { state: 'ready', view: result.value } : { state: 'error', error: result.error } })
    })
    return () => {
      live = false
    }
  }, [id, request])
  return answer?.request === request ? answer.state : { state: 'loading' }
}
