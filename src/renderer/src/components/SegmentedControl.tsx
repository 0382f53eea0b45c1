/** A radio group drawn as segments: arrow keys move, the choice applies at once. */
export function SegmentedControl<T extends string>(props: {
  label: string
  value: T
  options: { value: T; label: string }[]
  onChange: (value: T) => void
  name: string
}) {
  const { label, value, options, onChange, name } = props
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={option.value} className={`segmented__option${option.value === value ? ' is-selected' : ''}`}>
          <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  )
}
