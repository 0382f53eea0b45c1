import type { ReactNode } from 'react'

/** A column header of a sortable grid; without `onToggle` the column does not sort. `before`: a control ahead of the label (select all). */
export function SortHeader(props: { label: string; sorted: boolean; direction: 'asc' | 'desc'; numeric?: boolean; onToggle?: () => void; before?: ReactNode }) {
  const { label, sorted, direction, numeric, onToggle, before } = props
  return (
    <div
      role="columnheader"
      className={`table__cell${numeric ? ' table__cell--numeric' : ''}${before ? ' table__cell--with-check' : ''}`}
      aria-sort={onToggle ? (sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none') : undefined}
    >
      {before}
      {onToggle ? (
        <button type="button" className="table__sort" onClick={onToggle}>
          {label}
          <span className={`table__arrow${sorted ? ' is-sorted' : ''}`} aria-hidden="true">
            {sorted && direction === 'desc' ? '↓' : '↑'}
          </span>
        </button>
      ) : (
        <span className="table__sort table__sort--static">{label}</span>
      )}
    </div>
  )
}
