import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLibrary, useLibraryQuery } from '../../app/library-context'
import { Icon } from '../../components/Icon'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import { useImport } from '../import/import-context'
import { ArticleTable } from './ArticleTable'

interface Props {
  onOpen: (id: string) => void
  lastOpened: string | null
  /** Bumped by Edit → Find to focus the filter. */
  findSignal: number
  onOpenSettings: () => void
}

export function LibraryView({ onOpen, lastOpened, findSignal, onOpenSettings }: Props) {
  const { t, i18n } = useTranslation()
  const { status, total, visible, sort, setSort, reload } = useLibrary()
  const { query, setQuery } = useLibraryQuery()
  const { choose } = useImport()
  const filter = useRef<HTMLInputElement>(null)
  const fmt = (n: number) => formatNumber(n, i18n.language)

  useEffect(() => {
    if (findSignal > 0) filter.current?.focus()
  }, [findSignal])

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
  } else if (visible.length === 0) {
    body = (
      <StateMessage icon="search" title={t('library:noMatchTitle', { query })} detail={t('library:noMatchDetail')}>
        <button type="button" className="button" onClick={() => setQuery('')}>
          {t('library:clearFilter')}
        </button>
      </StateMessage>
    )
  } else {
    body = <ArticleTable articles={visible} sort={sort} onSort={setSort} onOpen={onOpen} initialId={lastOpened} />
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
              {query ? t('library:countFiltered', { shown: fmt(visible.length), total: fmt(total) }) : t('library:count', { count: total, formatted: fmt(total) })}
            </span>
          )}
        </div>
        <div className="search">
          <Icon name="search" />
          <input
            ref={filter}
            type="search"
            className="search__input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
            placeholder={t('library:filterPlaceholder')}
            aria-label={t('library:filterLabel')}
            disabled={status.state !== 'ready' || total === 0}
          />
        </div>
      </header>
      <div className="page__body">{body}</div>
    </section>
  )
}
