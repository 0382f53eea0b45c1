import { useTranslation } from 'react-i18next'
import type { Annotation, Relation, RelationType } from '@shared/model'

interface Props {
  relations: Relation[]
  annotations: Annotation[]
  relationTypes: RelationType[]
  selectedId: string | null
  showArrows: boolean
  onToggleArrows: () => void
  onSelect: (id: string) => void
  onUpdate: (id: string, patch: { type?: string; note?: string }) => void
  onDelete: (id: string) => void
}

/** The article's relations, each editable (type, note) and deletable; arrows on or off. */
export function RelationList({ relations, annotations, relationTypes, selectedId, showArrows, onToggleArrows, onSelect, onUpdate, onDelete }: Props) {
  const { t } = useTranslation()
  const quote = (id: string) => annotations.find((a) => a.id === id)?.target.quote.exact ?? t('annotate:relation.missing')
  return (
    <div className="rel-list">
      <label className="check">
        <input type="checkbox" checked={showArrows} onChange={onToggleArrows} />
        {t('annotate:relation.showArrows')}
      </label>
      {relations.length === 0 && <p className="panel__empty">{t('annotate:relation.empty')}</p>}
      <ul data-testid="relation-list">
        {relations.map((relation) => (
          <li key={relation.id} className={`rel-row${relation.id === selectedId ? ' is-selected' : ''}`}>
            <button type="button" className="rel-row__ends" onClick={() => onSelect(relation.id)}>
              <span className="rel-row__quote">{quote(relation.from)}</span>
              <span className="rel-row__arrow" aria-hidden="true">→</span>
              <span className="rel-row__quote">{quote(relation.to)}</span>
            </button>
            <div className="rel-row__edit">
              <select className="input input--small" aria-label={t('annotate:relation.type')} value={relation.type} onChange={(event) => onUpdate(relation.id, { type: event.target.value })}>
                {relationTypes.map((rt) => (
                  <option key={rt.name} value={rt.name}>
                    {t(`annotate:relationType.${rt.name}`, { defaultValue: rt.name })}
                  </option>
                ))}
              </select>
              <input
                className="input input--small"
                aria-label={t('annotate:relation.note')}
                placeholder={t('annotate:relation.notePlaceholder')}
                defaultValue={relation.note}
                onBlur={(event) => event.target.value !== relation.note && onUpdate(relation.id, { note: event.target.value })}
              />
              <button type="button" className="button button--ghost button--small button--danger" onClick={() => onDelete(relation.id)}>
                {t('annotate:relation.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
