import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  value: string
  /** Stores the note; answers whether it was stored. */
  onSave: (note: string) => Promise<boolean>
  inputRef: RefObject<HTMLTextAreaElement | null>
}

const PAUSE_MS = 600

/**
 * The note, saved when typing pauses, on leaving the field, and when the page goes away
 * (reload, closed tab or window). Consecutive saves of one note merge into one undo step on
 * the server. "Saved" only once the server stored it. Mount with `key` = annotation id.
 */
export function NoteField({ value, onSave, inputRef }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(value)
  const [state, setState] = useState<'idle' | 'pending' | 'saved' | 'failed'>('idle')
  const timer = useRef<number | undefined>(undefined)
  const saved = useRef(value)
  const latest = useRef({ draft, onSave })
  // Before paint, not after: a key pressed the moment something appears must see it.
  useLayoutEffect(() => {
    latest.current = { draft, onSave }
  })

  const flush = () => {
    window.clearTimeout(timer.current)
    const { draft: text, onSave: save } = latest.current
    if (text === saved.current) return
    const before = saved.current
    saved.current = text
    void save(text).then((stored) => {
      // Not stored: the text stays in the field and the next pause or blur tries again.
      if (!stored && saved.current === text) saved.current = before
      setState(stored ? 'saved' : 'failed')
    })
  }
  // Whatever is typed is saved, even if the editor closes mid-pause or the page goes away.
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      flush()
    }
  }, [])

  return (
    <div className="field">
      <label className="field__label" htmlFor="annotation-note">
        {t('annotate:editor.note')}
        <span className={`field__status${state === 'failed' ? ' field__status--failed' : ''}`} aria-live="polite">
          {state === 'pending' ? t('annotate:editor.noteSaving') : state === 'saved' ? t('annotate:editor.noteSaved') : state === 'failed' ? t('annotate:editor.noteNotSaved') : ''}
        </span>
      </label>
      <textarea
        id="annotation-note"
        ref={inputRef}
        className="input textarea"
        rows={3}
        value={draft}
        placeholder={t('annotate:editor.notePlaceholder')}
        onChange={(event) => {
          setDraft(event.target.value)
          setState('pending')
          window.clearTimeout(timer.current)
          timer.current = window.setTimeout(flush, PAUSE_MS)
        }}
        onBlur={flush}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            flush()
            event.currentTarget.blur()
          }
        }}
      />
    </div>
  )
}
