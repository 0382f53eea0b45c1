import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '@shared/ipc/result'
import { patchRow, shareRows } from './share-rows'
import { translateApi } from './translate-api'
import type { SegmentRow, SegmentsView } from './types'

export type SegmentsState = { state: 'loading' } | { state: 'ready'; view: SegmentsView } | { state: 'error'; error: AppError }

/**
 * The aligned rows of the article's `lang` translation, read again whenever the article's
 * revision moves (an edit here, an undo, a change in another window). The view shown stays
 * until the new one arrives, and rows that did not change keep their objects.
 */
export function useSegments(articleId: string, lang: string, revision: number | null) {
  const [state, setState] = useState<{ key: string; value: SegmentsState }>({ key: '', value: { state: 'loading' } })
  const key = `${articleId}\n${lang}`
  const latest = useRef(0)

  useEffect(() => {
    if (revision === null) return
    const request = ++latest.current
    void translateApi.getSegments({ articleId, lang }).then((result) => {
      if (request !== latest.current) return
      setState((before) => {
        const previous = before.key === key && before.value.state === 'ready' ? before.value.view : null
        return { key, value: result.ok ? { state: 'ready', view: shareRows(previous, result.value) } : { state: 'error', error: result.error } }
      })
    })
  }, [articleId, lang, key, revision])

  /** Shows a row's change at once; the read that follows the write confirms it. */
  const patch = useCallback(
    (rowId: string, change: Partial<Pick<SegmentRow, 'target' | 'status' | 'note' | 'ignored'>>) =>
      setState((before) => (before.key === key && before.value.state === 'ready' ? { key, value: { state: 'ready', view: patchRow(before.value.view, rowId, change) } } : before)),
    [key]
  )

  return { segments: state.key === key ? state.value : ({ state: 'loading' } as SegmentsState), patch }
}
