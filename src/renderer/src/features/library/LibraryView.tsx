import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AppError } from '@shared/ipc/result'
import { useTranslation } from 'react-i18next'
import { useLibrary, useLibraryQuery, useLibrarySearch } from '../../app/library-context'
import { Icon } from '../../components/Icon'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import { useImport } from '../import/import-context'
import { api } from '../../api'
import { BatchActions } from '../batch/BatchActions'
import { BatchNotice } from '../batch/BatchNotice'
import { useLibraryKeys } from '../batch/use-library-keys'
import { useLibrarySelection } from '../batch/use-library-selection'
import { useLibraryUndo } from '../batch/use-library-undo'
import { ConcordanceLink } from '../concordance/ConcordanceLink'
import { FacetPanel } from '../search/FacetPanel'
import { IndexProgress } from '../search/IndexProgress'
import { SyntaxHelp } from '../search/SyntaxHelp'
import { ArticleTable } from './ArticleTable'
import { DeletedNotice } from './DeletedNotice'
import { DeleteArticlesDialog } from './DeleteArticlesDialog'
import { LibraryDetails } from './LibraryDetails'
import { SelectionBar } from './SelectionBar'

interface Props {
  onOpen: (id: string) => void
  lastOpened: string | null
  /** Bumped by Edit → Find to focus the filter. */
  findSignal: number
  onOpenSettings: () => void
  onOpenTrash: () => void
}

export function LibraryView({ onOpen, lastOpened, findSignal, onOpenSettings, onOpenTrash }: Props) {
  const { t, i18n } = useTranslation()
  const { status, total, visible, sort, setSort, reload } = useLibrary()
  const { query, setQuery } = useLibraryQuery()
  const search = useLibrarySearch()
  const results = query.trim() === '' ? null : search.results
  const snippets = useMemo(() => (results ? new Map(results.hits.flatMap((hit) => (hit.snippets[0] ? [[hit.id, hit.snippets[0]] as const] : []))) : undefined), [results])
  const { choose } = useImport()
  const filter = useRef<HTMLInputElement>(null)
  const fmt = (n: number) => formatNumber(n, i18n.language)

  useEffect(() => {
    if (findSignal > 0) filter.current?.focus()
  }, [findSignal])

  // Ticked articles: a new search starts a new selection; Ctrl/⌘+A takes all its matches, shown or not.
  const shownIds = useMemo(() => visible.map((a) => a.id), [visible])
  const ticks = useLibrarySelection(shownIds, query)
  const selected = ticks.ids
  const selection = useMemo(() => visible.filter((a) => selected.has(a.id)), [visible, selected])
  // Those shown first, in the library's order, then the matches beyond the rows listed.
  const selectedIds = useMemo(() => {
    const shown = selection.map((a) => a.id)
    const listed = new Set(shown)
    return [...shown, ...[...selected].filter((id) => !listed.has(id))]
  }, [selection, selected])
  const [deleting, setDeleting] = useState<string[] | null>(null)
  const deletingSet = useMemo(() => new Set(deleting), [deleting])
  const [editing, setEditing] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<number | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [refocus, setRefocus] = useState(0)
  const closeDialog = () => {
    setDeleting(null)
    setEditing(null)
    setRefocus((n) => n + 1)
  }
  const onDeleted = (count: number) => {
    closeDialog()
    ticks.clear()
    library.setNotice(null)
    setDeleted(count)
    void reload()
  }
  const undoDelete = async () => {
    const result = await api.undo({ scope: 'library' })
    setDeleted(null)
    if (!result.ok) setFailure(result.error)
    await reload()
  }
  const onFailed = useCallback((error: AppError) => {
    setEditing(null)
    setFailure(error)
  }, [])
  const library = useLibraryUndo(reload, onFailed)
  const onBatchDone = (text: string) => {
    setDeleted(null)
    setFailure(null)
    library.setNotice({ text, undoable: true })
  }
  const onDelete = useCallback((ids: string[]) => setDeleting(selectedIds.length > 0 ? selectedIds : ids), [selectedIds])
  useLibraryKeys({
    selectAll: () => void ticks.selectAll(),
    clear: () => selected.size > 0 && (ticks.clear(), true),
    undo: () => void library.step('undo'),
    redo: () => void library.step('redo')
  })

  let body
  if (status.state === 'loading') {
    body = <Spinner label={t('library:loading')} />
  } else if (status.state === 'error') {
    body = (
      <StateMessage icon="alert" tone="error" title={t('library:errorTitle')} detail={t('library:errorDetail', { reason: errorText(t, status.error) })}>
        <button type="button" className="button button--primary" onClick={() => void reload()}>
          {t('common:retry')}
        </button>
        <button type="button" className="button" onClick={onOpenSettings}>
          {t('library:openSettings')}
        </button>
      </StateMessage>
    )
  } else if (total === 0) {
    body = (
      <StateMessage icon="library" title={t('library:emptyTitle')} detail={t('library:emptyDetail')}>
        <button type="button" className="button button--primary" onClick={choose}>
          <Icon name="import" />
          {t('common:import')}
        </button>
      </StateMessage>
    )
  } else if (visible.length === 0 && search.pending && !results) {
    body = <Spinner label={t('search:searching')} />
  } else if (visible.length === 0) {
    body = (
      <StateMessage icon="search" title={t('library:noMatchTitle', { query })} detail={t('search:noMatchDetail')}>
        <button type="button" className="button" onClick={() => setQuery('')}>
          {t('library:clearFilter')}
        </button>
      </StateMessage>
    )
  } else {
    body = (
      <ArticleTable
        articles={visible}
        sort={sort}
        onSort={setSort}
        onOpen={onOpen}
        initialId={lastOpened}
        selected={selected}
        onToggle={ticks.toggle}
        onToggleAll={ticks.toggleShown}
        onDelete={onDelete}
        focusSignal={refocus}
        snippets={snippets}
      />
    )
    if (results) {
      body = (
        <div className="search-results">
          <div className="search-results__list">
            {body}
            {results.total > results.hits.length && <p className="search-results__more">{t('search:bestOf', { shown: fmt(results.hits.length), total: fmt(results.total) })}</p>}
          </div>
          <FacetPanel query={query} results={results} onQuery={setQuery} />
        </div>
      )
    }
  }

  return (
    <section className="page library" aria-labelledby="library-title">
      <header className="toolbar">
        <div className="toolbar__heading">
          <h1 id="library-title" className="toolbar__title">
            {t('library:title')}
          </h1>
          {status.state === 'ready' && (
            <span className="toolbar__meta" aria-live="polite">
              {query ? t('library:countFiltered', { shown: fmt(results?.total ?? visible.length), total: fmt(total) }) : t('library:count', { count: total, formatted: fmt(total) })}
            </span>
          )}
          <ConcordanceLink query={query} />
        </div>
        <div className="library-search">
        <div className="search">
          <Icon name="search" />
          <input
            ref={filter}
            type="search"
            className="search__input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
            placeholder={t('search:boxHint')}
            aria-label={t('search:boxLabel')}
            disabled={status.state !== 'ready' || total === 0}
          />
        </div>
        <SyntaxHelp />
        <IndexProgress />
        </div>
      </header>
      {query.trim() !== '' && search.error && search.query === query.trim() && (
        <p className="notice notice--error search-error" role="alert" data-testid="search-error">
          {errorText(t, search.error)}
        </p>
      )}
      {selectedIds.length > 0 && (
        <SelectionBar
          ids={selectedIds}
          count={selectedIds.length}
          onEdit={selectedIds.length === 1 ? () => setEditing(selectedIds[0]!) : null}
          actions={<BatchActions ids={selectedIds} onDone={onBatchDone} />}
          onDelete={() => setDeleting(selectedIds)}
          onClear={ticks.clear}
        />
      )}
      {ticks.error && (
        <p className="notice notice--error trash-notice" role="alert">
          <span className="trash-notice__text">{errorText(t, ticks.error)}</span>
        </p>
      )}
      {library.notice && (
        <BatchNotice text={library.notice.text} onUndo={library.notice.undoable ? () => void library.step('undo') : null} onDismiss={() => library.setNotice(null)} />
      )}
      {deleted !== null && <DeletedNotice count={deleted} onUndo={() => void undoDelete()} onOpenTrash={onOpenTrash} onDismiss={() => setDeleted(null)} />}
      {failure && (
        <p className="notice notice--error trash-notice" role="alert">
          <span className="trash-notice__text">{errorText(t, failure)}</span>
          <button type="button" className="button button--small button--ghost" onClick={() => setFailure(null)}>
            {t('trash:dismiss')}
          </button>
        </p>
      )}
      <div className="page__body">{body}</div>
      {deleting && (
        <DeleteArticlesDialog
          ids={deleting}
          articles={visible.filter((a) => deletingSet.has(a.id))}
          onDeleted={onDeleted}
          onCancel={closeDialog}
        />
      )}
      {editing && <LibraryDetails id={editing} onSaved={() => void reload()} onFailed={onFailed} onClose={closeDialog} />}
    </section>
  )
}
