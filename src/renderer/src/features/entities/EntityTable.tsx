import { useRef, useState, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import type { TagType } from '@shared/model'
import { gridKeyTarget } from '../../components/grid-keys'
import { SortHeader } from '../../components/SortHeader'
import { formatNumber } from '../../format'
import { otherNames, type EntitySort, type EntitySortKey } from './filter-sort'
import { TypeBadge } from './TypeBadge'

const ROW_HEIGHT = 48
const COLUMNS: { key: EntitySortKey | null; label: string; numeric?: boolean }[] = [
  { key: 'type', label: 'entities:column.type' },
  { key: 'name', label: 'entities:column.name' },
  { key: null, label: 'entities:column.otherNames' },
  { key: 'mentions', label: 'entities:column.mentions', numeric: true }
]

interface Props {
  entities: EntitySummary[]
  schema: TagType[]
  sort: EntitySort
  onSort: (sort: EntitySort) => void
  onOpen: (id: string) => void
}

/** The registry as a virtualised grid: arrows move, Enter opens, headers sort. */
export function EntityTable({ entities, schema, sort, onSort, onOpen }: Props) {
  const { t, i18n } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const virtualizer = useVirtualizer({ count: entities.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  const clamped = Math.min(active, Math.max(0, entities.length - 1))

  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1)
  const onKeyDown = (event: KeyboardEvent) => {
    const target = gridKeyTarget(event.key, clamped, entities.length, page)
    if (target === null) return
    event.preventDefault()
    if (target === 'open') onOpen(entities[clamped]!.id)
    else {
      setActive(target)
      virtualizer.scrollToIndex(target)
    }
  }
  const toggle = (key: EntitySortKey) =>
    onSort({ key, direction: sort.key === key ? (sort.direction === 'asc' ? 'desc' : 'asc') : key === 'mentions' ? 'desc' : 'asc' })

  const activeEntity = entities[clamped]
  return (
    <div
      className="table entity-table"
      role="grid"
      aria-label={t('entities:tableLabel')}
      aria-rowcount={entities.length + 1}
      aria-activedescendant={activeEntity ? `entity-row-${activeEntity.id}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="entity-table"
    >
      <div className="table__head" role="rowgroup">
        <div className="table__row table__row--head" role="row" aria-rowindex={1}>
          {COLUMNS.map((column) => (
            <SortHeader
              key={column.label}
              label={t(column.label)}
              sorted={column.key !== null && sort.key === column.key}
              direction={sort.direction}
              numeric={column.numeric}
              onToggle={column.key === null ? undefined : () => toggle(column.key as EntitySortKey)}
            />
          ))}
        </div>
      </div>
      <div className="table__body" ref={scroller} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entity = entities[item.index] as EntitySummary
            const others = otherNames(entity)
            return (
              <div
                key={entity.id}
                id={`entity-row-${entity.id}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={item.index === clamped}
                className={`table__row entity-row${item.index === clamped ? ' is-active' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(item.index)
                  onOpen(entity.id)
                }}
                data-testid="entity-row"
              >
                <div role="gridcell" className="table__cell">
                  <TypeBadge type={entity.type} schema={schema} />
                </div>
                <div role="gridcell" className="table__cell table__cell--title">
                  <a className="entity-row__name" href={`#/entity/${encodeURIComponent(entity.id)}`} tabIndex={-1}>
                    {entity.name}
                  </a>
                  {entity.aliases.length > 0 && <span className="entity-row__aliases">{entity.aliases.join(' · ')}</span>}
                </div>
                <div role="gridcell" className="table__cell table__cell--muted entity-row__others">
                  {others.join(' · ')}
                </div>
                <div role="gridcell" className="table__cell table__cell--numeric table__cell--muted" data-testid="entity-mentions">
                  {formatNumber(entity.mentionCount, i18n.language)}
                </div>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
