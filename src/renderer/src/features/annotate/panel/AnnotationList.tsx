import { useTranslation } from 'react-i18next'
import type { Annotation, TagType } from '@shared/model'
import { formatNumber } from '../../../format'

interface Props {
  annotations: Annotation[]
  types: TagType[]
  hidden: ReadonlySet<string>
  selectedId: string | null
  onToggleType: (type: string) => void
  onSelect: (id: string) => void
}

/** Filter chips per type, the article's annotations grouped by type, and orphans apart. */
export function AnnotationList({ annotations, types, hidden, selectedId, onToggleType, onSelect }: Props) {
  const { t, i18n } = useTranslation()
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const anchored = annotations.filter((a) => !a.orphan).sort((a, b) => a.target.position.start - b.target.position.start)
  const orphans = annotations.filter((a) => a.orphan)
  const groups = types.map((type) => ({ type, items: anchored.filter((a) => a.type === type.name) })).filter((g) => g.items.length > 0)
  const unknown = anchored.filter((a) => !types.some((type) => type.name === a.type))

  const row = (a: Annotation, color: string | undefined) => (
    <li key={a.id}>
      <button type="button" className={`ann-row${a.id === selectedId ? ' is-selected' : ''}`} onClick={() => onSelect(a.id)} aria-current={a.id === selectedId ? 'true' : undefined}>
        <span className="swatch" style={{ background: color ?? '#8a8f98' }} aria-hidden="true" />
        <span className="ann-row__text">{a.target.quote.exact}</span>
        {a.entity && <span className="ann-row__flag" title={t('annotate:panel.linked')} aria-label={t('annotate:panel.linked')}>◆</span>}
        {a.note && <span className="ann-row__flag" title={t('annotate:panel.hasNote')} aria-label={t('annotate:panel.hasNote')}>✎</span>}
      </button>
    </li>
  )

  return (
    <div className="ann-list">
      <div className="chips" role="group" aria-label={t('annotate:panel.filter')}>
        {types.map((type) => {
          const count = anchored.filter((a) => a.type === type.name).length
          const shown = !hidden.has(type.name)
          return (
            <button key={type.name} type="button" className={`chip${shown ? ' is-on' : ''}`} aria-pressed={shown} onClick={() => onToggleType(type.name)} style={{ ['--type' as string]: type.color }} data-testid={`chip-${type.name}`}>
              <span className="swatch" aria-hidden="true" />
              {type.name}
              <span className="chip__count">{fmt(count)}</span>
            </button>
          )
        })}
      </div>
      {anchored.length === 0 && orphans.length === 0 && <p className="panel__empty">{t('annotate:panel.empty')}</p>}
      {groups.map(({ type, items }) => (
        <section key={type.name} className="ann-group" data-testid={`group-${type.name}`}>
          <h3 className="ann-group__title">
            {type.name}
            <span className="ann-group__count" data-testid={`count-${type.name}`}>{fmt(items.length)}</span>
          </h3>
          <ul>{items.map((a) => row(a, type.color))}</ul>
        </section>
      ))}
      {unknown.length > 0 && (
        <section className="ann-group">
          <h3 className="ann-group__title">{t('annotate:panel.unknownType')}</h3>
          <ul>{unknown.map((a) => row(a, undefined))}</ul>
        </section>
      )}
      {orphans.length > 0 && (
        <section className="ann-group ann-group--orphans" data-testid="orphans">
          <h3 className="ann-group__title">
            {t('annotate:panel.orphans')}
            <span className="ann-group__count">{fmt(orphans.length)}</span>
          </h3>
          <p className="ann-group__hint">{t('annotate:panel.orphansHint')}</p>
          <ul>{orphans.map((a) => row(a, types.find((type) => type.name === a.type)?.color))}</ul>
        </section>
      )}
    </div>
  )
}
