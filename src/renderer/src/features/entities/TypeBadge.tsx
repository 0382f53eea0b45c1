import type { TagType } from '@shared/model'

/** A tag type's name on its schema colour (a type missing from the schema is shown grey). */
export function TypeBadge({ type, schema }: { type: string; schema: TagType[] }) {
  const color = schema.find((t) => t.name === type)?.color ?? '#8a8f98'
  return (
    <span className="entity-type-badge" style={{ '--type-color': color } as React.CSSProperties} data-type={type}>
      <span className="entity-type-badge__dot" aria-hidden="true" />
      {type}
    </span>
  )
}
