import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_EXPLORE_LIMIT } from '@shared/ipc/explore-contract'
import { useLibraryQuery } from '../../app/library-context'
import type { Route } from '../../app/use-route'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import '../../styles/entities.css'
import '../../styles/explore.css'
import { useRegistry } from '../entities/registry-context'
import { EntityPicker } from './EntityPicker'
import { GraphFilters, type GraphFilter } from './GraphFilters'
import { monthName } from './month-format'
import { PairTable } from './PairTable'
import { Timeline } from './Timeline'
import { useExplore } from './use-explore'

// cytoscape is a large library: loaded when the graph is first shown, not at start-up.
const CooccurrenceGraph = lazy(() => import('./CooccurrenceGraph').then((m) => ({ default: m.CooccurrenceGraph })))

interface Props {
  /** The entity followed (from the route: #/explore/<id>), or null. */
  entity: string | null
  navigate: (route: Route) => void
}

/** The Explore screen: articles per month with an entity's mentions, and the co-occurrence graph. */
export function ExploreView({ entity, navigate }: Props) {
  const { t, i18n } = useTranslation()
  const registry = useRegistry()
  const { setQuery } = useLibraryQuery()
  const [filter, setFilter] = useState<GraphFilter>({ types: [], minWeight: 1, limit: DEFAULT_EXPLORE_LIMIT, scope: 'article' })
  const status = useExplore({ entity, ...filter })
  const entities = useMemo(() => (registry.status.state === 'ready' ? registry.status.registry.entities : []), [registry.status])
  const schema = useMemo(() => (registry.status.state === 'ready' ? registry.status.registry.schema.types : []), [registry.status])
  const usedTypes = useMemo(() => schema.filter((type) => entities.some((e) => e.type === type.name)), [schema, entities])
  const selected = entities.find((e) => e.id === entity) ?? null
  const openEntity = useCallback((id: string) => navigate({ view: 'entity', id }), [navigate])
  const openMonth = useCallback(
    (month: string) => {
      setQuery(`date:${month}`)
      navigate({ view: 'library' })
    },
    [setQuery, navigate]
  )

  let body
  if (status.state === 'loading') body = <Spinner label={t('explore:loading')} />
  else if (status.state === 'error')
    body = (
      <StateMessage icon="alert" tone="error" title={t('explore:errorTitle')} detail={errorText(t, status.error)}>
        {entity && (
          <button type="button" className="button button--primary" onClick={() => navigate({ view: 'explore', entity: null })}>
            {t('explore:picker.clear')}
          </button>
        )}
      </StateMessage>
    )
  else {
    const { data } = status
    const fmt = (n: number) => formatNumber(n, i18n.language)
    const first = data.months[0]
    const last = data.months[data.months.length - 1]
    const followed = selected && data.entity === selected.id ? selected.name : null
    const empty = filter.types.length > 0 || filter.minWeight > 1 ? t('explore:graph.emptyFiltered') : t('explore:graph.empty')
    body = (
      <div className="explore-layout">
        <section className="entity-panel explore-panel" aria-labelledby="explore-timeline-title">
          <h2 id="explore-timeline-title" className="entity-panel__title">
            {t('explore:timeline.title')}
            {first && last && <span className="entity-panel__count">{t('explore:timeline.range', { from: monthName(first.month, i18n.language), to: monthName(last.month, i18n.language) })}</span>}
          </h2>
          <div className="explore-legend" aria-hidden="true">
            <span className="explore-legend__item">
              <span className="explore-legend__bar" />
              {t('explore:timeline.articles')}
            </span>
            {followed && (
              <span className="explore-legend__item" data-testid="timeline-legend-mentions">
                <span className="explore-legend__line" />
                {t('explore:timeline.mentionsOf', { name: followed })}
              </span>
            )}
          </div>
          <Timeline months={data.months} undated={data.undated} entityName={followed} onOpenMonth={openMonth} />
        </section>
        <div className="explore-columns">
          <section className="entity-panel explore-panel explore-panel--graph" aria-labelledby="explore-graph-title">
            <h2 id="explore-graph-title" className="entity-panel__title">
              {t('explore:graph.title')}
              {data.nodes.length > 0 && <span className="entity-panel__count">{t('explore:graph.shown', { shown: fmt(data.nodes.length), total: fmt(data.candidates) })}</span>}
            </h2>
            <GraphFilters filter={filter} types={usedTypes} onChange={setFilter} />
            {data.nodes.length === 0 ? (
              <p className="explore-empty">{empty}</p>
            ) : (
              <>
                <Suspense fallback={<div className="explore-graph" />}>
                  <CooccurrenceGraph nodes={data.nodes} edges={data.edges} schema={schema} selected={data.entity} onOpenEntity={openEntity} />
                </Suspense>
                <p className="explore-graph__legend">{t('explore:graph.legend')}</p>
              </>
            )}
          </section>
          <section className="entity-panel explore-panel explore-panel--pairs" aria-labelledby="explore-pairs-title">
            <h2 id="explore-pairs-title" className="entity-panel__title">
              {t('explore:pairs.title')}
              <span className="entity-panel__count">{fmt(data.edges.length)}</span>
            </h2>
            {data.edges.length === 0 ? (
              <p className="explore-empty">{empty}</p>
            ) : (
              <PairTable nodes={data.nodes} edges={data.edges} schema={schema} scope={filter.scope} />
            )}
          </section>
        </div>
      </div>
    )
  }

  return (
    <section className="page explore" aria-labelledby="explore-title">
      <header className="toolbar">
        <div className="toolbar__heading">
          <h1 id="explore-title" className="toolbar__title">
            {t('explore:title')}
          </h1>
          <span className="toolbar__meta">{t('explore:subtitle')}</span>
        </div>
        <EntityPicker entities={entities} schema={schema} selected={selected} onSelect={(id) => navigate({ view: 'explore', entity: id })} />
      </header>
      <div className="page__body page__body--scroll">{body}</div>
    </section>
  )
}
