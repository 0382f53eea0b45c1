import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import '../../styles/entities.css'
import { EntityTable } from './EntityTable'
import { filterEntities, sortEntities, type EntitySort } from './filter-sort'
import { useRegistry } from './registry-context'

/** Every entity of the archive: type, names, mention count; filter as you type, sort. */
export function EntitiesView({ onOpen, onOpenLibrary }: { onOpen: (id: string) => void; onOpenLibrary: () => void }) {
  const { t, i18n } = useTranslation()
  const { status, reload } = useRegistry()
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<EntitySort>({ key: 'mentions', direction: 'desc' })
  const deferred = useDeferredValue(query)
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const all = status.state === 'ready' ? status.registry.entities : null
  const visible = useMemo(() => (all ? sortEntities(filterEntities(all, deferred), sort, i18n.language) : []), [all, deferred, sort, i18n.language])

  let body
  if (status.state === 'loading') body = <Spinner label={t('entities:loading')} />
  else if (status.state === 'error')
    body = (
      <StateMessage icon="alert" tone="error" title={t('entities:errorTitle')} detail={errorText(t, status.error)}>
        <button type="button" className="button button--primary" onClick={() => void reload()}>
          {t('common:retry')}
        </button>
      </StateMessage>
    )
  else if (status.registry.entities.length === 0)
    body = (
      <StateMessage icon="library" title={t('entities:emptyTitle')} detail={t('entities:emptyDetail')}>
        <button type="button" className="button button--primary" onClick={onOpenLibrary}>
          <Icon name="library" />
          {t('entities:openLibrary')}
        </button>
      </StateMessage>
    )
  else if (visible.length === 0)
    body = (
      <StateMessage icon="search" title={t('entities:noMatchTitle', { query })} detail={t('entities:noMatchDetail')}>
        <button type="button" className="button" onClick={() => setQuery('')}>
          {t('entities:clearFilter')}
        </button>
      </StateMessage>
    )
  else body = <EntityTable entities={visible} schema={status.registry.schema.types} sort={sort} onSort={setSort} onOpen={onOpen} />

  const total = all?.length ?? 0
  return (
    <section className="page entities" aria-labelledby="entities-title">
      <header className="toolbar">
        <div className="toolbar__heading">
          <h1 id="entities-title" className="toolbar__title">
            {t('entities:title')}
          </h1>
          {all && (
            <span className="toolbar__meta" aria-live="polite" data-testid="entities-count">
              {query ? t('entities:countFiltered', { shown: fmt(visible.length), total: fmt(total) }) : t('entities:count', { count: total, formatted: fmt(total) })}
            </span>
          )}
        </div>
        <div className="search">
          <Icon name="search" />
          <input
            type="search"
            className="search__input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
            placeholder={t('entities:filterPlaceholder')}
            aria-label={t('entities:filterLabel')}
            disabled={!all || total === 0}
          />
        </div>
      </header>
      <div className="page__body">{body}</div>
    </section>
  )
}
