import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation, TagType } from '@shared/model'
import { formatNumber } from '../../../format'
import { AnnotationRows } from './AnnotationRows'

interface Props {
  annotations: Annotation[]
  types: TagType[]
  hidden: ReadonlySet<string>
  selectedId: string | null
  /** Each text version's name when the article has several (see AnnotationRows). */
  versionLabels?: Readonly<Record<string, { short: string; full: string }>> | null
  onToggleType: (type: string) => void
  onSelect: (id: string) => void
}

/** Filter chips per type, the article's annotations grouped by type, and orphans apart. */
export function AnnotationList({ annotations, types, hidden, selectedId, versionLabels, onToggleType, onSelect }: Props) {
  const { t, i18n } = useTranslation()
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const { anchored, orphans, groups, unknown } = useMemo(() => {
    const anchored = annotations.filter((a) => !a.orphan).sort((a, b) => a.target.position.start - b.target.position.start)
    const byType = new Map<string, Annotation[]>(types.map((type) => [type.name, []]))
    const unknown: Annotation[] = []
    for (const a of anchored) (byType.get(a.type) ?? unknown).push(a)
    const groups = types.map((type) => ({ type, items: byType.get(type.name) ?? [] }))
    return { anchored, orphans: annotations.filter((a) => a.orphan), groups, unknown }
  }, [annotations, types])
  const colors = useMemo(() => Object.fromEntries(types.map((type) => [type.name, type.color])), [types])
  // Blocks of rows are memoised: hand them one function for the panel's whole life.
  const latest = useRef(onSelect)
  // Before paint, not after: a key pressed the moment something appears must see it.
  useLayoutEffect(() => {
    latest.current = onSelect
  })
  const select = useCallback((id: string) => latest.current(id), [])

  return (
    <div className="ann-list">
      <div className="chips" role="group" aria-label={t('annotate:panel.filter')}>
        {groups.map(({ type, items }) => {
          const shown = !hidden.has(type.name)
          return (
            <button key={type.name} type="button" className={`chip${shown ? ' is-on' : ''}`} aria-pressed={shown} onClick={() => onToggleType(type.name)} style={{ ['--type' as string]: type.color }} data-testid={`chip-${type.name}`}>
              <span className="swatch" aria-hidden="true" />
              {type.name}
              <span className="chip__count">{fmt(items.length)}</span>
            </button>
          )
        })}
      </div>
      {anchored.length === 0 && orphans.length === 0 && <p className="panel__empty">{t('annotate:panel.empty')}</p>}
      {groups
        .filter((g) => g.items.length > 0)
        .map(({ type, items }) => (
          <section key={type.name} className="ann-group" data-testid={`group-${type.name}`}>
            <h3 className="ann-group__title">
              {type.name}
              <span className="ann-group__count" data-testid={`count-${type.name}`}>{fmt(items.length)}</span>
            </h3>
            <AnnotationRows items={items} color={type.color} selectedId={selectedId} versionLabels={versionLabels} t={t} onSelect={select} />
          </section>
        ))}
      {unknown.length > 0 && (
        <section className="ann-group">
          <h3 className="ann-group__title">{t('annotate:panel.unknownType')}</h3>
          <AnnotationRows items={unknown} color={undefined} selectedId={selectedId} versionLabels={versionLabels} t={t} onSelect={select} />
        </section>
      )}
      {orphans.length > 0 && (
        <section className="ann-group ann-group--orphans" data-testid="orphans">
          <h3 className="ann-group__title">
            {t('annotate:panel.orphans')}
            <span className="ann-group__count">{fmt(orphans.length)}</span>
          </h3>
          <p className="ann-group__hint">{t('annotate:panel.orphansHint')}</p>
          <AnnotationRows items={orphans} color={colors} selectedId={selectedId} versionLabels={versionLabels} t={t} onSelect={select} />
        </section>
      )}
    </div>
  )
}
