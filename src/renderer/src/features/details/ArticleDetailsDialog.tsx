import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/ipc/result'
import type { Article } from '@shared/model'
import { errorText } from '../../errors'
import { DETAILS_FIELDS, detailsPatch, draftOf, type DetailsField, type DetailsPatch } from './details-draft'
import { DialogHeader } from '../../components/DialogHeader'

interface Props {
  article: Article
  /** Saves the changed fields; answers the failure to show, or null once saved. */
  onSave: (patch: DetailsPatch) => Promise<AppError | null>
  onClose: () => void
}

const HINTS: Partial<Record<DetailsField, string>> = { date: 'details:field.dateHint', language: 'details:field.languageHint', url: 'details:field.urlHint' }

/** Edits an article's title, date, source, language and web address; the server checks them. */
export function ArticleDetailsDialog({ article, onSave, onClose }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(() => draftOf(article))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const patch = detailsPatch(article, draft)
  const unchanged = Object.keys(patch).length === 0

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (unchanged || busy) return
    setBusy(true)
    const failure = await onSave(patch)
    setBusy(false)
    if (failure) setError(failure)
    else onClose()
  }

  const input = (field: DetailsField) => {
    const invalid = error?.field === field
    const hint = HINTS[field]
    return (
      <div className="field" key={field}>
        <label className="field__label" htmlFor={`details-${field}`}>
          {t(`details:field.${field}`)}
        </label>
        <input
          id={`details-${field}`}
          className={`input${field === 'url' || field === 'language' ? ' input--mono' : ''}`}
          value={draft[field]}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `details-${field}-error` : hint ? `details-${field}-hint` : undefined}
          autoFocus={field === 'title'}
          lang={field === 'title' || field === 'source' ? article.language : undefined}
          spellCheck={field === 'title'}
        />
        {invalid ? (
          <span id={`details-${field}-error`} className="details__error" role="alert">
            {errorText(t, error)}
          </span>
        ) : (
          hint && (
            <span id={`details-${field}-hint`} className="details__hint">
              {t(hint)}
            </span>
          )
        )}
      </div>
    )
  }

  const fieldError = error && DETAILS_FIELDS.includes(error.field as DetailsField)
  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && !busy && onClose()}>
      <div className="modal__panel details" role="dialog" aria-modal="true" aria-labelledby="details-heading" data-testid="details-dialog">
        <form className="details__form" onSubmit={(event) => void submit(event)} noValidate>
          <DialogHeader id="details-heading" title={t('details:title')} onClose={onClose} closeDisabled={busy} />
          <div className="modal__body details__body">
            {input('title')}
            <div className="details__row">
              {input('date')}
              {input('language')}
            </div>
            {input('source')}
            {input('url')}
            {error && !fieldError && (
              <p className="notice notice--error" role="alert">
                {errorText(t, error)}
              </p>
            )}
          </div>
          <footer className="modal__footer details__footer">
            <span className="details__undo">{unchanged ? t('details:unchanged') : t('details:undoHint')}</span>
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              {t('details:cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy || unchanged}>
              {busy ? t('details:saving') : t('details:save')}
            </button>
          </footer>
        </form>
      </div>
    </div>
  )
}
