import { useEffect, useState } from 'react'
import type { ArticleView } from '@shared/ipc/contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'

export type ArticleState = { state: 'loading' } | { state: 'ready'; view: ArticleView } | { state: 'error'; error: AppError }

export function useArticle(id: string, attempt: number): ArticleState {
  const [state, setState] = useState<ArticleState>({ state: 'loading' })
  useEffect(() => {
    let live = true
    setState({ state: 'loading' })
    void api.getArticle({ id }).then((result) => {
      if (!live) return
      setState(result.ok ? { state: 'ready', view: result.value } : { state: 'error', error: result.error })
    })
    return () => {
      live = false
    }
  }, [id, attempt])
  return state
}
