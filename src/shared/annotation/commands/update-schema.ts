import type { RegistryDoc } from '../../model/documents'
import { TagSchema } from '../../model/schema'
import type { CommandContext, Outcome, RegistryCommand, UpdateSchemaInput } from './types'
import { fail, makeEvent } from './util'

export interface SchemaChange {
  /** Old type → new type: apply to every article with retypeAnnotations. */
  renamed: Record<string, string>
  /** Deleted types with the number of annotations that used them (from `usage`). */
  deleted: { type: string; annotations: number }[]
}

/** Maps zod's schema issues to codes a person can act on. */
function checkSchema(schema: TagSchema): TagSchema {
  const parsed = TagSchema.safeParse(schema)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue ? issue.path.map(String).join('.') : ''
  const message = issue?.message ?? 'invalid schema'
  const code =
    message === 'duplicate shortcut'
      ? 'schema.duplicateShortcut'
      : message === 'duplicate type name'
        ? 'schema.duplicateType'
        : 'schema.invalid'
  return fail(code, `Invalid tag schema: ${message}`, { field }, field)
}

/**
 * Replaces the tag schema. Renames are explicit (a rename cannot be told from a delete and
 * an add) and retype the registry's entities here; articles are retyped by the caller with
 * the returned map. Deleting a type still used by annotations needs `confirmDelete`
 * (the UI asks first, showing the count); one still used by an entity is refused.
 */
export function updateSchema(
  registry: RegistryDoc,
  input: UpdateSchemaInput,
  ctx: CommandContext
): Outcome<RegistryDoc, RegistryCommand, SchemaChange> {
  const schema = checkSchema(input.schema)
  const newNames = new Set(schema.types.map((t) => t.name))
  const renamed: Record<string, string> = {}
  for (const [from, to] of Object.entries(input.renames ?? {})) {
    if (!registry.schema.types.some((t) => t.name === from)) fail('schema.unknownType', `"${from}" is not a type of the schema`, { type: from })
    if (!newNames.has(to)) fail('schema.unknownType', `"${to}" is not a type of the new schema`, { type: to })
    if (from !== to) renamed[from] = to
  }
  const deleted = registry.schema.types
    .map((t) => t.name)
    .filter((name) => !newNames.has(name) && renamed[name] === undefined)
    .map((type) => ({ type, annotations: input.usage?.[type] ?? 0 }))
  for (const { type, annotations } of deleted) {
    const entities = registry.entities.filter((e) => e.type === type).length
    if (entities > 0) fail('schema.typeUsedByEntities', `${entities} entities have the type ${type}`, { type, count: entities })
    if (annotations > 0 && !input.confirmDelete) {
      fail('schema.typeInUse', `${annotations} annotations use the type ${type}`, { type, count: annotations })
    }
  }
  const entities = registry.entities.map((e) => (renamed[e.type] ? { ...e, type: renamed[e.type] as string } : e))
  const back = Object.fromEntries(Object.entries(renamed).map(([from, to]) => [to, from]))
  const event = makeEvent(ctx, 'schema.update', { renamed, deleted: deleted.map((d) => d.type) })
  return {
    doc: { ...registry, schema, entities },
    inverse: { kind: 'updateSchema', input: { schema: registry.schema, renames: back, confirmDelete: true } },
    event,
    value: { renamed, deleted }
  }
}
