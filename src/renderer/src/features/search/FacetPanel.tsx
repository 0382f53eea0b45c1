import { useTranslation } from 'react-i18next'
import type { SearchResults } from '@shared/ipc/search-contract'
import { facetClause, FACET_NAMES, refineQuery, type FacetName } from '@shared/search/facets'
import { formatNumber, languageName } from '../../format'

interface Props {
  query: string
  results: SearchResults
  onQuery: (query: string) => void
}

/** How a facet value reads: languages by name, months as a date; entities already have one. */
function valueLabel(facet: FacetName, value: string, label: string, locale: string): string {
  if (facet === 'lang') return languageName(value, locale)
  if (facet === 'month') return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`))
  return label
}

/** Facet counts beside the results; a value adds its clause to the query. */
export function FacetPanel({ query, results, onQuery }: Props) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const facets = results.facets
  if (!facets) return null
  return (
    <aside className="facets" aria-label={t('search:facets.label')} data-testid="search-facets">
      {FACET_NAMES.filter((facet) => facets[facet].length > 0).map((facet) => (
        <section key={facet} className="facets__group">
          <h2 className="facets__title">{t(`search:facets.${facet}`)}</h2>
          <ul className="facets__list">
            {facets[facet].map(({ value, label, count }) => {
              const clause = facetClause(facet, value, label)
              return (
                <li key={value}>
                  <button
                    type="button"
                    className="facets__value menu-row"
                    onClick={() => onQuery(refineQuery(query, clause))}
                    title={t('search:facets.refine', { clause, count })}
                    data-facet={facet}
                  >
                    <span className="facets__label" dir="auto">
                      {valueLabel(facet, value, label, locale)}
                    </span>
                    <span className="facets__count">{formatNumber(count, locale)}</span>
                  </button>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </aside>
  )
}
