import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleTagsView, BatchResult } from '@shared/ipc/batch-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'
import { Icon } from '../../components/Icon'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import '../../styles/batch.css'

/** Suggestions shown as chips; the rest are offered as the field's completions. */
const CHIPS = 12

export interface TagOutcome {
  result: BatchResult
  tag: string
  removed: boolean
}

interface Props {
  ids: string[]
  onDone: (outcome: TagOutcome) => void
}

/**
 * "Tag…" in the selection bar: a popover to add a tag (typed, or one of the archive's tags)
 * to every selected article, or to remove one they carry. Each is one batch step.
 */
export function TagPopover({ ids, onDone }: Props) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [tags, setTags] = useState<ArticleTagsView | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const fmt = (n: number) => formatNumber(n, i18n.language)

  useEffect(() => {
    if (!open) return
    let live = true
    void api.articleTags({ ids }).then((result) => live && (result.ok ? setTags(result.value) : setError(result.error)))
    const close = (event: MouseEvent) => !box.current?.contains(event.target as Node) && setOpen(false)
    document.addEventListener('mousedown', close)
    return () => {
      live = false
      document.removeEventListener('mousedown', close)
    }
  }, [open, ids])

  const close = () => {
    setOpen(false)
    setText('')
    setError(null)
    button.current?.focus()
  }

  const apply = async (tag: string, removed: boolean) => {
    if (tag.trim() === '' || busy) return
    setBusy(true)
    const result = await api.tagArticles(removed ? { ids, remove: [tag] } : { ids, add: [tag] })
    setBusy(false)
    if (!result.ok) return setError(result.error)
    close()
    onDone({ result: result.value, tag: tag.trim(), removed })
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void apply(text, false)
  }

  const everywhere = new Set(tags?.selection.filter((s) => s.count === ids.length).map((s) => s.tag))
  const suggested = (tags?.archive ?? []).filter((s) => !everywhere.has(s.tag))
  return (
    <div className="batch-popover" ref={box} onKeyDown={(event) => event.key === 'Escape' && open && (event.stopPropagation(), close())}>
      <button ref={button} type="button" className="button button--small" aria-expanded={open} aria-controls="batch-tag" onClick={() => (open ? close() : setOpen(true))} data-testid="batch-tag-button">
        <Icon name="tag" size={16} />
        {t('batch:tag.button')}
      </button>
      {open && (
        <div id="batch-tag" className="batch-popover__panel" role="dialog" aria-labelledby="batch-tag-title" data-testid="batch-tag">
          <h2 id="batch-tag-title" className="batch-popover__title">
            {t('batch:tag.title', { count: ids.length, formatted: fmt(ids.length) })}
          </h2>
          <form className="batch-popover__form" onSubmit={submit}>
            <input
              className="input"
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t('batch:tag.hint')}
              aria-label={t('batch:tag.field')}
              list="batch-tag-suggestions"
              maxLength={200}
              autoFocus
            />
            <datalist id="batch-tag-suggestions">
              {suggested.slice(CHIPS).map((s) => (
                <option key={s.tag} value={s.tag} />
              ))}
            </datalist>
            <button type="submit" className="button button--primary" disabled={busy || text.trim() === ''}>
              {t('batch:tag.add')}
            </button>
          </form>
          {suggested.length > 0 && (
            <section aria-labelledby="batch-tag-suggested">
              <h3 id="batch-tag-suggested" className="batch-popover__label">
                {t('batch:tag.suggested')}
              </h3>
              <ul className="batch-chips">
                {suggested.slice(0, CHIPS).map((s) => (
                  <li key={s.tag}>
                    <button type="button" className="batch-chip" disabled={busy} onClick={() => void apply(s.tag, false)} aria-label={t('batch:tag.addNamed', { tag: s.tag })}>
                      <Icon name="plus" size={14} />
                      {s.tag}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {(tags?.selection.length ?? 0) > 0 && (
            <section aria-labelledby="batch-tag-current">
              <h3 id="batch-tag-current" className="batch-popover__label">
                {t('batch:tag.current')}
              </h3>
              <ul className="batch-chips">
                {tags!.selection.map((s) => (
                  <li key={s.tag}>
                    <button
                      type="button"
                      className="batch-chip batch-chip--on"
                      disabled={busy}
                      onClick={() => void apply(s.tag, true)}
                      aria-label={t('batch:tag.removeNamed', { tag: s.tag, count: s.count, formatted: fmt(s.count) })}
                    >
                      {s.tag}
                      <span className="batch-chip__count">{fmt(s.count)}</span>
                      <Icon name="close" size={14} />
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {error && (
            <p className="notice notice--error" role="alert">
              {errorText(t, error)}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
