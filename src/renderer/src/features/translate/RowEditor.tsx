import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { termInsertion } from '@shared/translation/term-insertion'
import { AnnotatedField } from './annotations/AnnotatedField'
import type { CellMarks } from './annotations/row-marks'
import { createEffortTimer } from './effort-timer'
import { commandFor, glossaryKey, matchIndexOf, type EditorCommand } from './keys'
import type { SegmentRow } from './types'

export interface RowEditorHandlers {
  /** A command from the keyboard (or a row button), with the text as it stands and the active seconds spent. */
  onCommand: (command: EditorCommand, row: SegmentRow, draft: string, seconds: number) => void
  /** The editor closes with text not yet saved (another row clicked, the view left). */
  onLeave: (row: SegmentRow, draft: string, seconds: number) => void
  /** Split the row at the caret (a UTF-16 offset into the draft). */
  onSplit: (row: SegmentRow, draft: string, seconds: number, caret: number) => void
  /** Tag words of the draft (UTF-16 range), or accept the row's first projected mention: the draft is saved first. */
  onAnnotate?: (request: AnnotateRequest, row: SegmentRow, draft: string, seconds: number) => void
}

export type AnnotateRequest = { kind: 'tag'; start: number; end: number; type: string } | { kind: 'accept' }

/** A row tool's request: an editor command, a split at the caret, or a glossary term to insert at the caret. */
export type RowRequest = { command: EditorCommand | 'split'; serial: number } | { command: 'insert'; text: string; serial: number }

interface Props extends RowEditorHandlers {
  row: SegmentRow
  lang: string
  /** The row's tags on the translation, drawn behind the field. */
  marks?: CellMarks
  /** A command asked for by a row tool (a button), run as if its keys were pressed. */
  request: RowRequest | null
  /** What Alt+1…9 insert: the glossary's preferred translations, in strip order (null: none registered). */
  insertions?: readonly (string | null)[]
  /** The target of the memory's n-th match (0-based), or null when there is none. */
  matchText?: (index: number) => string | null
}

/** Puts `text` in place of the whole draft as a user edit, so the field's own undo can take it back. */
function replaceAll(field: HTMLTextAreaElement, text: string): boolean {
  field.focus()
  field.select()
  return typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)
}

/** Types `text` at the caret as a user edit (undoable in the field like typing). */
function insertAtCaret(field: HTMLTextAreaElement, text: string): boolean {
  field.focus()
  return typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)
}

/**
 * The active row's text field. It keeps the draft, measures active editing time (focus and
 * recent keystrokes, see effort-timer.ts) and turns keys into editor commands. Typing stays
 * local: nothing is sent until the row is confirmed or left.
 */
export function RowEditor({ row, lang, marks, request, insertions, matchText, onCommand, onLeave, onSplit, onAnnotate }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(row.target)
  const [menuSignal, setMenuSignal] = useState(0)
  const field = useRef<HTMLTextAreaElement>(null)
  const timer = useRef(createEffortTimer())
  // What the server holds (or was last sent): the draft is dirty when it differs.
  const sent = useRef(row.target)
  const latest = useRef({ row, draft, onLeave })
  useLayoutEffect(() => {
    latest.current = { row, draft, onLeave }
  })

  // A change from elsewhere (an undo, another window) replaces a draft that was not edited.
  useEffect(() => {
    if (draft === sent.current) setDraft(row.target)
    sent.current = row.target
    // Only when the saved text changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [row.target])

  useLayoutEffect(() => {
    const el = field.current
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight}px`
  }, [draft])

  useEffect(() => {
    field.current?.focus({ preventScroll: true })
    const el = field.current
    if (el) el.setSelectionRange(el.value.length, el.value.length)
  }, [])

  // Leaving with unsaved text (a click on another row unmounts this editor) saves it.
  useEffect(
    () => () => {
      const { row: last, draft: text, onLeave: leave } = latest.current
      const seconds = timer.current.take(performance.now())
      if (text !== sent.current || seconds > 0) leave(last, text, seconds)
    },
    []
  )

  /** Saves the draft as it stands and tags in it (see onAnnotate). */
  const annotate = (annotation: AnnotateRequest) => {
    const text = field.current?.value ?? draft
    sent.current = text
    onAnnotate?.(annotation, row, text, timer.current.take(performance.now()))
  }

  /** Runs a command on the draft as it stands. */
  const run = (command: EditorCommand | 'split') => {
    if (command === 'tagSelection') return setMenuSignal((n) => n + 1)
    if (command === 'acceptProjection') return annotate({ kind: 'accept' })
    const text = field.current?.value ?? draft
    if (command === 'split' || command === 'splitRow') {
      const caret = field.current?.selectionStart ?? 0
      if (caret <= 0 || caret >= text.length) return
      sent.current = text
      return onSplit(row, text, timer.current.take(performance.now()), caret)
    }
    const match = matchIndexOf(command)
    if (command === 'copySource' || command === 'restoreMt' || match !== null) {
      const replacement = match !== null ? (matchText?.(match) ?? null) : command === 'copySource' ? row.source : row.mt
      if (replacement !== null && field.current && !replaceAll(field.current, replacement)) setDraft(replacement)
      timer.current.input(performance.now())
      return
    }
    const moves = command !== 'help' && command !== 'undo' && command !== 'redo' && command !== 'concordance'
    const seconds = moves ? timer.current.take(performance.now()) : 0
    if (moves) sent.current = text
    onCommand(command, row, text, seconds)
  }
  const runRef = useRef(run)
  useLayoutEffect(() => {
    runRef.current = run
  })
  /** Types a glossary term at the caret, after a space when the language wants one there. */
  const insertTerm = (term: string) => {
    const el = field.current
    if (!el) return
    const text = termInsertion(el.value, el.selectionStart, term, lang)
    if (!insertAtCaret(el, text)) {
      const [start, end] = [el.selectionStart, el.selectionEnd]
      setDraft(el.value.slice(0, start) + text + el.value.slice(end))
    }
    timer.current.input(performance.now())
  }
  const insertRef = useRef(insertTerm)
  useLayoutEffect(() => {
    insertRef.current = insertTerm
  })
  useEffect(() => {
    if (request?.command === 'insert') insertRef.current(request.text)
    else if (request) runRef.current(request.command)
  }, [request])

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const term = glossaryKey(event)
    if (term !== null) {
      event.preventDefault()
      const text = insertions?.[term - 1]
      if (text) insertTerm(text)
      return
    }
    const command = commandFor(event, true)
    if (!command) return
    // With unsaved typing, Ctrl/⌘+Z undoes typing in the field; the article's undo comes after.
    if ((command === 'undo' || command === 'redo') && draft !== sent.current) return
    event.preventDefault()
    event.stopPropagation()
    run(command)
  }

  return (
    <AnnotatedField field={field} draft={draft} cell={marks} lang={lang} menuSignal={menuSignal} onTag={(start, end, type) => annotate({ kind: 'tag', start, end, type })}>
      <textarea
        ref={field}
        className="tr-editor__field"
        value={draft}
        lang={lang}
        rows={1}
        spellCheck
        aria-label={t('translate:editor.targetField', { index: row.index })}
        onChange={(event) => {
          setDraft(event.target.value)
          timer.current.input(performance.now())
        }}
        onKeyDown={onKeyDown}
        onFocus={() => timer.current.focus(performance.now())}
        onBlur={() => timer.current.blur(performance.now())}
        data-testid="segment-editor"
      />
    </AnnotatedField>
  )
}
