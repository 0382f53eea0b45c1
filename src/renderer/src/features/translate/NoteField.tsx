import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** A row's note: saved when the field is left or Enter is pressed. */
export function NoteField({ note, onSave }: { note: string; onSave: (note: string) => void }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(note)
  // A note changed elsewhere (an undo) replaces the draft, adjusted while rendering.
  const [base, setBase] = useState(note)
  if (base !== note) {
    setBase(note)
    setDraft(note)
  }
  const save = () => draft !== note && onSave(draft)
  return (
    <input
      className="input tr-note"
      value={draft}
      maxLength={10_000}
      placeholder={t('translate:editor.notePlaceholder')}
      aria-label={t('translate:editor.note')}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          save()
        } else if (event.key === 'Escape') {
          event.stopPropagation()
          setDraft(note)
        }
      }}
      data-testid="segment-note-input"
    />
  )
}
