import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { revisionOf } from '@shared/ipc/article-delta'
import type { ArticleChange } from '@shared/ipc/annotation-contract'
import type { Result } from '@shared/ipc/result'
import type { AnnotateSession } from '../annotate/session/use-annotate-session'
import { translateApi } from './translate-api'
import type { SegmentRow, SegmentStatus } from './types'

export interface RowChange {
  text?: string
  status?: SegmentStatus
  note?: string
  seconds?: number
}

type Patch = (rowId: string, change: Partial<Pick<SegmentRow, 'target' | 'status' | 'note' | 'ignored'>>) => void

/**
 * The editor's writes. They go one after another (each names the revision the previous one
 * led to) through the reader's session, so the article, its undo state and the reader all
 * follow; the row shows the change at once.
 */
export function useTranslateActions(session: AnnotateSession, articleId: string, lang: string, patch: Patch) {
  const { apply, view } = session
  const viewRef = useRef(view)
  useLayoutEffect(() => {
    viewRef.current = view
  })
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  /** Runs `write` after the writes before it, with the revision the view has by then. */
  const enqueue = useCallback(
    (write: (revision: number | undefined) => Promise<Result<ArticleChange>>): Promise<boolean> => {
      const run = queue.current.then(async () => {
        const shown = viewRef.current
        const change = await apply(await write(shown ? revisionOf(shown.doc) : undefined))
        return change !== null
      })
      queue.current = run.catch(() => false)
      return run
    },
    [apply]
  )

  return useMemo(
    () => ({
      /** Saves what changed in a row (text, status, note, seconds): one undo step. */
      save(row: SegmentRow, change: RowChange): Promise<boolean> {
        const input: RowChange = {}
        if (change.text !== undefined && change.text !== row.target) input.text = change.text
        if (change.status !== undefined && change.status !== row.status) input.status = change.status
        if (change.note !== undefined && change.note !== row.note) input.note = change.note
        if (input.text === undefined && input.status === undefined && input.note === undefined) return Promise.resolve(true)
        if (change.seconds) input.seconds = change.seconds
        patch(row.id, { ...(input.text !== undefined ? { target: input.text } : {}), ...(input.status ? { status: input.status } : {}), ...(input.note !== undefined ? { note: input.note } : {}) })
        return enqueue((revision) => translateApi.postEdit({ articleId, revision, lang, rowId: row.id, ...input }))
      },
      ignore(row: SegmentRow, check: string, ignored: boolean): Promise<boolean> {
        patch(row.id, { ignored: ignored ? [...row.ignored, check] : row.ignored.filter((c) => c !== check) })
        return enqueue((revision) => translateApi.ignoreQaFinding({ articleId, revision, lang, rowId: row.id, check, ignored }))
      },
      merge: (row: SegmentRow) => enqueue((revision) => translateApi.mergeSegments({ articleId, revision, lang, rowId: row.id })),
      split: (row: SegmentRow, side: 'source' | 'target', at: number) => enqueue((revision) => translateApi.splitSegment({ articleId, revision, lang, rowId: row.id, side, at })),
      moveBoundary: (row: SegmentRow, side: 'source' | 'target', direction: 'up' | 'down') =>
        enqueue((revision) => translateApi.moveBoundary({ articleId, revision, lang, rowId: row.id, side, direction }))
    }),
    [articleId, lang, patch, enqueue]
  )
}

export type TranslateActions = ReturnType<typeof useTranslateActions>
