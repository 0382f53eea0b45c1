import { useTranslation } from 'react-i18next'
import type { Edge, GraphNode } from '@shared/explore'
import type { ExploreScope } from '@shared/ipc/explore-contract'
import type { TagType } from '@shared/model'
import { formatNumber } from '../../format'

const SHOWN = 15

interface Props {
  nodes: GraphNode[]
  edges: Edge[]
  schema: TagType[]
  scope: ExploreScope
}

/** The graph's strongest pairs as a table: what the graph shows, for keyboard and screen readers. */
export function PairTable({ nodes, edges, schema, scope }: Props) {
  const { t, i18n } = useTranslation()
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const colors = new Map(schema.map((type) => [type.name, type.color]))
  const cell = (id: string) => {
    const node = byId.get(id)
    if (!node) return null
    return (
      <span className="explore-pairs__entity">
        <span className="explore-swatch" style={{ background: colors.get(node.type) ?? 'var(--text-faint)' }} title={node.type} aria-hidden="true" />
        <a href={`#/entity/${encodeURIComponent(node.id)}`}>{node.name}</a>
        <span className="sr-only">{node.type}</span>
      </span>
    )
  }
  const rest = edges.length - SHOWN
  return (
    <table className="explore-pairs" data-testid="explore-pairs">
      <caption className="sr-only">{t('explore:pairs.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('explore:pairs.first')}</th>
          <th scope="col">{t('explore:pairs.second')}</th>
          <th scope="col" className="explore-pairs__weight">
            {t(scope === 'sentence' ? 'explore:pairs.weightSentences' : 'explore:pairs.weightArticles')}
          </th>
        </tr>
      </thead>
      <tbody>
        {edges.slice(0, SHOWN).map((e) => (
          <tr key={`${e.source}~${e.target}`} data-testid="explore-pair">
            <td>{cell(e.source)}</td>
            <td>{cell(e.target)}</td>
            <td className="explore-pairs__weight">{formatNumber(e.weight, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
      {rest > 0 && (
        <tfoot>
          <tr>
            <td colSpan={3}>{t('explore:pairs.more', { count: rest })}</td>
          </tr>
        </tfoot>
      )}
    </table>
  )
}
