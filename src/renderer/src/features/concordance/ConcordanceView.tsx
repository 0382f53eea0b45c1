import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_ARTICLES, sortLines, type ConcordanceSort } from '@shared/concordance'
import type { TagConcordanceResult } from '@shared/ipc/concordance-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'
import { Icon } from '../../components/Icon'
import { SegmentedControl } from '../../components/SegmentedControl'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import { useRegistry } from '../entities/registry-context'
import { ConcordanceLines } from './ConcordanceLines'
import { lineKey } from './line-key'
import { TagTheseDialog } from './TagTheseDialog'
import { useConcordance } from './use-concordance'
import { useLineSelection } from './use-line-selection'
import '../../styles/concordance.css'

interface Props {
  query: string
  onQuery: (query: string) => void
}

type Notice = { kind: 'tagged'; result: TagConcordanceResult } | { kind: 'undone' } | { kind: 'error'; error: AppError }

/** The archive concordance: every occurrence of a word or phrase, one KWIC line each, sortable, selectable, taggable. */
export function ConcordanceView({ query, onQuery }: Props) {
  const { t, i18n } = useTranslation()
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const [draft, setDraft] = useState(query)
  const [sort, setSort] = useState<ConcordanceSort>('article')
  const [descending, setDescending] = useState(false)
  const [tagging, setTagging] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)
  const box = useRef<HTMLInputElement>(null)
  const tagButton = useRef<HTMLButtonElement>(null)
  const status = useConcordance(query)
  const registry = useRegistry().status
  // A new query from outside (the library's link, back and forward) replaces what was typed.
  const [shownQuery, setShownQuery] = useState(query)
  if (query !== shownQuery) {
    setShownQuery(query)
    setDraft(query)
  }
  useEffect(() => {
    if (query === '') box.current?.focus()
  }, [query])

  const result = status.state === 'ready' ? status.result : null
  const lines = useMemo(() => (result ? sortLines(result.lines, sort, i18n.language, descending) : []), [result, sort, i18n.language, descending])
  const keys = useMemo(() => lines.map(lineKey), [lines])
  const selection = useLineSelection(result, keys)
  const counts = (occurrences: number, articles: number) => ({
    occurrences: t('concordance:occurrences', { count: occurrences, formatted: fmt(occurrences) }),
    articles: t('concordance:articles', { count: articles, formatted: fmt(articles) })
  })
  const chosen = lines.filter((line) => selection.isSelected(lineKey(line)))
  const chosenArticles = new Set(chosen.map((line) => line.id)).size

  // Ctrl/⌘+A selects every line, wherever the focus is on this screen, except in a text field or a dialog.
  const { selectAll } = selection
  const hasLines = lines.length > 0
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null
      const typing = target?.closest('textarea, select, [contenteditable="true"], [role="dialog"]') || (target instanceof HTMLInputElement && target.type !== 'checkbox')
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a' && !typing && hasLines && !tagging) {
        event.preventDefault()
        selectAll()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [selectAll, hasLines, tagging])
  const tag = async (type: string, entity: string | null): Promise<AppError | null> => {
    const items = chosen.map(({ id, version, start, end, match }) => ({ articleId: id, version, start, end, match }))
    const answer = await api.tagConcordance({ items, type, entity })
    if (!answer.ok) return answer.error
    closeDialog()
    setNotice({ kind: 'tagged', result: answer.value })
    return null
  }
  const closeDialog = () => {
    setTagging(false)
    tagButton.current?.focus()
  }
  const undo = async () => {
    const answer = await api.undo({ scope: 'library' })
    setNotice(answer.ok ? { kind: 'undone' } : { kind: 'error', error: answer.error })
  }

  let body
  if (status.state === 'idle') {
    body = <StateMessage icon="concordance" title={t('concordance:introTitle')} detail={t('concordance:intro')} />
  } else if (status.state === 'loading') {
    body = <Spinner label={t('concordance:searching')} />
  } else if (status.state === 'error') {
    body = <StateMessage icon="alert" tone="error" title={errorText(t, status.error)} />
  } else if (lines.length === 0) {
    body = <StateMessage icon="search" title={t('concordance:noneTitle', { query: status.query })} detail={t('concordance:noneDetail')} />
  } else {
    body = <ConcordanceLines lines={lines} query={status.query} isSelected={selection.isSelected} onClick={selection.click} />
  }

  return (
    <section className="page concordance" aria-labelledby="concordance-title">
      <header className="toolbar">
        <div className="toolbar__heading">
          <h1 id="concordance-title" className="toolbar__title">
            {t('concordance:title')}
          </h1>
          {result && (
            <span className="toolbar__meta" aria-live="polite" data-testid="concordance-count">
              {t('concordance:count', counts(result.total, result.articles))}
            </span>
          )}
        </div>
        <form
          className="concordance__search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault()
            setNotice(null)
            onQuery(draft.trim())
          }}
        >
          <div className="search">
            <Icon name="search" />
            <input ref={box} type="search" className="search__input" value={draft} onChange={(event) => setDraft(event.target.value)} placeholder={t('concordance:boxHint')} aria-label={t('concordance:boxLabel')} />
          </div>
          <button type="submit" className="button">
            {t('concordance:find')}
          </button>
        </form>
      </header>
      {result && lines.length > 0 && (
        <div className="concordance__bar">
          <label className="concordance__all">
            <input
              type="checkbox"
              checked={selection.count === lines.length}
              ref={(input) => {
                if (input) input.indeterminate = selection.count > 0 && selection.count < lines.length
              }}
              onChange={() => (selection.count === lines.length ? selection.selectNone() : selection.selectAll())}
              aria-label={t('concordance:selectAll')}
            />
            <span title={t('concordance:selectHint')} data-testid="concordance-selected">
              {t('concordance:selected', { selected: fmt(selection.count), total: fmt(lines.length) })}
            </span>
          </label>
          <SegmentedControl
            name="concordance-sort"
            label={t('concordance:sort')}
            value={sort}
            onChange={setSort}
            options={[
              { value: 'article', label: t('concordance:sortArticle') },
              { value: 'left', label: t('concordance:sortLeft') },
              { value: 'right', label: t('concordance:sortRight') }
            ]}
          />
          <button type="button" className={`icon-button${descending ? ' is-active' : ''}`} aria-pressed={descending} onClick={() => setDescending((d) => !d)} aria-label={t('concordance:descending')} title={t('concordance:descending')}>
            <Icon name={descending ? 'prev' : 'next'} />
          </button>
          <span className="concordance__spacer" />
          <button type="button" ref={tagButton} className="button button--primary" disabled={chosen.length === 0 || registry.state !== 'ready'} onClick={() => setTagging(true)} data-testid="tag-these">
            {t('concordance:tagThese')}
          </button>
        </div>
      )}
      {result && (result.total > result.lines.length || result.capped) && (
        <p className="notice concordance__note" data-testid="concordance-showing">
          {result.total > result.lines.length && t('concordance:showing', { shown: fmt(result.lines.length), total: fmt(result.total) })}{' '}
          {result.capped && t('concordance:capped', { max: fmt(MAX_ARTICLES) })}
        </p>
      )}
      {notice && (
        <p className={`notice ${notice.kind === 'error' ? 'notice--error' : 'notice--success'} concordance__notice`} role="status" data-testid="concordance-notice">
          <span className="concordance__notice-text">
            {notice.kind === 'tagged'
              ? `${t('concordance:tagged', counts(notice.result.tagged, notice.result.articles))}${notice.result.skipped > 0 ? ` ${t('concordance:skipped', { count: notice.result.skipped })}` : ''}`
              : notice.kind === 'undone'
                ? t('concordance:undone')
                : errorText(t, notice.error)}
          </span>
          {notice.kind === 'tagged' && notice.result.undo.canUndo && (
            <button type="button" className="button button--small" onClick={() => void undo()} data-testid="concordance-undo">
              <Icon name="undo" size={14} />
              {t('concordance:undo')}
            </button>
          )}
          <button type="button" className="button button--small button--ghost" onClick={() => setNotice(null)}>
            {t('concordance:dismiss')}
          </button>
        </p>
      )}
      <div className="page__body concordance__body">{body}</div>
      {tagging && registry.state === 'ready' && (
        <TagTheseDialog
          registry={registry.registry}
          {...counts(chosen.length, chosenArticles)}
          onConfirm={tag}
          onClose={closeDialog}
        />
      )}
    </section>
  )
}
