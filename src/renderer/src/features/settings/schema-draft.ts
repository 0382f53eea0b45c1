import type { TagSchema } from '@shared/model'

/** A tag type as edited: `original` is its name when loaded (null for a new type), for renames. */
export interface TypeDraft {
  key: string
  original: string | null
  name: string
  color: string
  shortcut: string
  description: string
}
export interface RelationDraft {
  key: string
  name: string
  description: string
}
export interface SchemaDraft {
  types: TypeDraft[]
  relationTypes: RelationDraft[]
}

/** Field ('types.1.shortcut') → message key under `entities:schema.validation.` and params. */
export type SchemaErrors = Record<string, { key: string; params?: Record<string, string | number> }>

let counter = 0
const nextKey = () => `k${++counter}`

export function toSchemaDraft(schema: TagSchema): SchemaDraft {
  return {
    types: schema.types.map((t) => ({ key: nextKey(), original: t.name, name: t.name, color: t.color, shortcut: t.shortcut ?? '', description: t.description })),
    relationTypes: schema.relationTypes.map((r) => ({ key: nextKey(), name: r.name, description: r.description }))
  }
}

const PALETTE = ['#e0607e', '#4a90d9', '#3aa76d', '#d9a441', '#9b6bd6', '#d97941', '#41a9b5', '#8a8f98', '#c2557a', '#5b8c3a']

export function newType(existing: TypeDraft[]): TypeDraft {
  return { key: nextKey(), original: null, name: '', color: PALETTE[existing.length % PALETTE.length] as string, shortcut: '', description: '' }
}
export const newRelation = (): RelationDraft => ({ key: nextKey(), name: '', description: '' })

/** The model's rules (src/shared/model/schema.ts), each mistake named on its field. */
export function validateSchema(draft: SchemaDraft): SchemaErrors {
  const errors: SchemaErrors = {}
  if (draft.types.length === 0) errors.types = { key: 'atLeastOneType' }
  const names = new Map<string, string>()
  const shortcuts = new Map<string, string>()
  draft.types.forEach((type, i) => {
    if (!type.name) errors[`types.${i}.name`] = { key: 'required' }
    else if (!/^[A-Z][A-Z0-9_-]{0,31}$/.test(type.name)) errors[`types.${i}.name`] = { key: 'typeName' }
    else if (names.has(type.name)) errors[`types.${i}.name`] = { key: 'duplicateType', params: { name: type.name } }
    names.set(type.name, type.name)
    if (!/^#[0-9a-fA-F]{6}$/.test(type.color)) errors[`types.${i}.color`] = { key: 'color' }
    if (type.shortcut === '') return
    if (!/^[a-z0-9]$/.test(type.shortcut)) errors[`types.${i}.shortcut`] = { key: 'shortcut' }
    else if (shortcuts.has(type.shortcut)) errors[`types.${i}.shortcut`] = { key: 'duplicateShortcut', params: { key: type.shortcut, type: shortcuts.get(type.shortcut) as string } }
    else shortcuts.set(type.shortcut, type.name || '—')
  })
  const relations = new Set<string>()
  draft.relationTypes.forEach((relation, i) => {
    if (!relation.name) errors[`relationTypes.${i}.name`] = { key: 'required' }
    else if (!/^[a-z][a-z0-9-]{0,47}$/.test(relation.name)) errors[`relationTypes.${i}.name`] = { key: 'relationName' }
    else if (relations.has(relation.name)) errors[`relationTypes.${i}.name`] = { key: 'duplicateRelation', params: { name: relation.name } }
    relations.add(relation.name)
  })
  return errors
}

/** The draft as updateSchema's input: the schema and the renamed types (old → new). */
export function fromSchemaDraft(draft: SchemaDraft): { schema: TagSchema; renames: Record<string, string> } {
  const renames: Record<string, string> = {}
  for (const type of draft.types) if (type.original && type.original !== type.name) renames[type.original] = type.name
  return {
    schema: {
      types: draft.types.map((t) => ({ name: t.name, color: t.color.toLowerCase(), shortcut: t.shortcut || null, description: t.description.trim() })),
      relationTypes: draft.relationTypes.map((r) => ({ name: r.name, description: r.description.trim() }))
    },
    renames
  }
}

/** 'schema.types.1.shortcut' (from the main process) → 'types.1.shortcut' (a form field). */
export function schemaField(field: string | undefined): string | null {
  if (!field) return null
  const path = field.replace(/^schema\./, '')
  return /^(types|relationTypes)\.\d+\.\w+$/.test(path) ? path : null
}
