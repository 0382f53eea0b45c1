import { useCallback, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { useAlignment } from './alignment/use-alignment'
import type { EditorAnnotations } from './annotations/use-editor-annotations'
import { nextUnconfirmed } from './filter'
import type { EditorCommand } from './keys'
import { selectedText } from './memory/selected-text'
import type { AnnotateRequest } from './RowEditor'
import { confirmedStatus } from './status'
import type { SegmentRow, SegmentStatus } from './types'
import type { TranslateActions } from './use-translate-actions'
import type { useRowFocus } from './use-row-focus'

interface Options {
  actions: TranslateActions
  writes: EditorAnnotations['writes']
  focus: ReturnType<typeof useRowFocus>
  visible: readonly SegmentRow[]
  align: ReturnType<typeof useAlignment>
  /** Says a message key, if any, in the status line. */
  announce: (key: string | null) => void
  say: (message: string) => void
  step: (direction: 'undo' | 'redo') => Promise<void>
  openHelp: () => void
  openConcordance: (text: string) => void
}

/**
 * What the active row's editor asks of the workbench: a command key, leaving the row, tagging
 * in its text field, a split. Each first saves the row's draft, with the seconds spent on it.
 */
export function useRowCommands({ actions, writes, focus, visible, align, announce, say, step, openHelp, openConcordance }: Options) {
  const { t } = useTranslation()
  const { moveFrom, activate, leave } = focus
  // Seconds spent in rows left without a change: added to the row's next save.
  const pendingSeconds = useRef(new Map<string, number>())

  /** Saves a row's text (and status), with the seconds spent on it; seconds alone wait for the next save. */
  const save = useCallback(
    (row: SegmentRow, text: string, seconds: number, nextStatus?: SegmentStatus) => {
      const carried = (pendingSeconds.current.get(row.id) ?? 0) + seconds
      const changes = text !== row.target || (nextStatus !== undefined && nextStatus !== row.status)
      if (!changes) {
        if (carried > 0) pendingSeconds.current.set(row.id, carried)
        return
      }
      pendingSeconds.current.delete(row.id)
      void actions.save(row, { text, status: nextStatus, seconds: Math.round(carried * 10) / 10 })
    },
    [actions]
  )

  const onCommand = useCallback(
    (command: EditorCommand, row: SegmentRow, draft: string, seconds: number) => {
      if (command === 'help') return openHelp()
      if (command === 'concordance') return openConcordance(selectedText())
      if (command === 'undo' || command === 'redo') return void step(command)
      if (command === 'confirm') {
        const next = confirmedStatus(row.status)
        save(row, draft, seconds, next)
        say(t('translate:editor.confirmed', { index: row.index, status: t(`translate:status.${next}`) }))
        return moveFrom(row, 1)
      }
      save(row, draft, seconds)
      if (command === 'joinRow' || command === 'boundaryUp' || command === 'boundaryDown') return void announce(align(row, command, 'target'))
      if (command === 'nextRow' || command === 'previousRow') return moveFrom(row, command === 'nextRow' ? 1 : -1)
      if (command === 'leave') return leave()
      if (command === 'nextUnconfirmed') {
        const at = nextUnconfirmed(visible, visible.findIndex((r) => r.id === row.id))
        const target = at === null ? null : visible[at]
        if (target && target.id !== row.id) activate(target.id, true)
        else say(t('translate:editor.allConfirmed'))
      }
    },
    [save, step, moveFrom, activate, leave, visible, t, align, announce, say, openHelp, openConcordance]
  )
  const onLeave = useCallback((row: SegmentRow, draft: string, seconds: number) => save(row, draft, seconds), [save])
  /** Tagging in the text field: the draft is saved first, then tagged as saved (one queue). */
  const onAnnotate = useCallback(
    (request: AnnotateRequest, row: SegmentRow, draft: string, seconds: number) => {
      save(row, draft, seconds)
      if (request.kind === 'tag') void writes.tagDraft(row.id, draft, request.start, request.end, request.type)
      else void writes.acceptFirst(row.id)
    },
    [save, writes]
  )
  const onSplit = useCallback(
    (row: SegmentRow, draft: string, seconds: number, caret: number) => {
      save(row, draft, seconds)
      // The row's start does not move when its own text is saved: the offset holds after the save.
      void actions.split(row, 'target', row.targetSpan.start + [...draft.slice(0, caret)].length)
    },
    [save, actions]
  )
  return { onCommand, onLeave, onAnnotate, onSplit }
}
