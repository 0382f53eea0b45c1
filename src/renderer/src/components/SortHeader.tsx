/** A column header of a sortable grid; without `onToggle` the column does not sort. */
export function SortHeader(props: { label: string; sorted: boolean; direction: 'asc' | 'desc'; numeric?: boolean; onToggle?: () => void }) {
  const { label, sorted, direction, numeric, onToggle } = props
  return (
    <div
      role="columnheader"
      className={`table__cell${numeric ? ' table__cell--numeric' : ''}`}
      aria-sort={onToggle ? (sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none') : undefined}
    >
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
