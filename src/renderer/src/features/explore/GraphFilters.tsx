import { useTranslation } from 'react-i18next'
import type { ExploreScope } from '@shared/ipc/explore-contract'
import type { TagType } from '@shared/model'
import { SegmentedControl } from '../../components/SegmentedControl'

const WEIGHTS = [1, 2, 3, 5, 10]
const LIMITS = [10, 20, 30, 50, 100]

export interface GraphFilter {
  types: string[]
  minWeight: number
  limit: number
  scope: ExploreScope
}

interface Props {
  filter: GraphFilter
  /** The schema's types that some entity has: the only ones worth a chip. */
  types: TagType[]
  onChange: (filter: GraphFilter) => void
}

/** Type chips, the minimum weight, how many entities, and what "together" means. */
export function GraphFilters({ filter, types, onChange }: Props) {
  const { t } = useTranslation()
  const toggle = (name: string) =>
    onChange({ ...filter, types: filter.types.includes(name) ? filter.types.filter((n) => n !== name) : [...filter.types, name] })
  return (
    <div className="explore-filters">
      <div className="explore-filters__types" role="group" aria-label={t('explore:graph.types')}>
        <button type="button" className={`chip${filter.types.length === 0 ? ' is-on' : ''}`} aria-pressed={filter.types.length === 0} onClick={() => onChange({ ...filter, types: [] })}>
          {t('explore:graph.allTypes')}
        </button>
        {types.map((type) => (
          <button
            key={type.name}
            type="button"
            className={`chip${filter.types.includes(type.name) ? ' is-on' : ''}`}
            aria-pressed={filter.types.includes(type.name)}
            onClick={() => toggle(type.name)}
          >
            <span className="swatch explore-swatch" style={{ background: type.color }} aria-hidden="true" />
            {type.name}
          </button>
        ))}
      </div>
      <div className="explore-filters__controls">
        <label className="explore-filters__field">
          <span>{t('explore:graph.minWeight')}</span>
          <select className="input input--small" value={filter.minWeight} onChange={(event) => onChange({ ...filter, minWeight: Number(event.target.value) })}>
            {WEIGHTS.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </label>
        <label className="explore-filters__field">
          <span>{t('explore:graph.top')}</span>
          <select className="input input--small" value={filter.limit} onChange={(event) => onChange({ ...filter, limit: Number(event.target.value) })}>
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <SegmentedControl
          label={t('explore:graph.scope')}
          name="explore-scope"
          value={filter.scope}
          options={[
            { value: 'article', label: t('explore:graph.scopeArticle') },
            { value: 'sentence', label: t('explore:graph.scopeSentence') }
          ]}
          onChange={(scope) => onChange({ ...filter, scope })}
        />
      </div>
    </div>
  )
}
