import type { Entity, EntityIdentifiers } from '@shared/model'
import { IDENTIFIER_KINDS, IDENTIFIER_PATTERNS } from './identifiers'

const NAME_MAX = 500

/** The editable form of an entity: plain strings, one row per language name. */
export interface EntityDraft {
  type: string
  name: string
  names: { lang: string; name: string }[]
  /** One alias per line. */
  aliases: string
  identifiers: Record<keyof EntityIdentifiers, string>
  description: string
}

/** Field path → message key under `entities:validation.` (with its params). */
export type DraftErrors = Record<string, { key: string; params?: Record<string, string | number> }>

export function toDraft(entity: Entity): EntityDraft {
  return {
    type: entity.type,
    name: entity.name,
    names: Object.entries(entity.names).map(([lang, name]) => ({ lang, name })),
    aliases: entity.aliases.join('\n'),
    identifiers: { wikidata: entity.identifiers.wikidata ?? '', viaf: entity.identifiers.viaf ?? '', geonames: entity.identifiers.geonames ?? '' },
    description: entity.description
  }
}

const lines = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))]

/** Checks a draft the way the model will, so mistakes are named on their field before saving. */
export function validateDraft(draft: EntityDraft): DraftErrors {
  const errors: DraftErrors = {}
  const name = draft.name.trim()
  if (!name) errors.name = { key: 'required' }
  else if (name.length > NAME_MAX) errors.name = { key: 'tooLong', params: { max: NAME_MAX } }
  const langs = new Set<string>()
  draft.names.forEach((row, i) => {
    const lang = row.lang.trim()
    if (!lang && !row.name.trim()) return
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) errors[`names.${i}.lang`] = { key: 'language' }
    else if (langs.has(lang)) errors[`names.${i}.lang`] = { key: 'duplicateLanguage', params: { lang } }
    langs.add(lang)
    if (!row.name.trim()) errors[`names.${i}.name`] = { key: 'required' }
    else if (row.name.trim().length > NAME_MAX) errors[`names.${i}.name`] = { key: 'tooLong', params: { max: NAME_MAX } }
  })
  const aliases = lines(draft.aliases)
  if (aliases.length > 200) errors.aliases = { key: 'tooManyAliases', params: { max: 200 } }
  else if (aliases.some((alias) => alias.length > NAME_MAX)) errors.aliases = { key: 'tooLong', params: { max: NAME_MAX } }
  for (const kind of IDENTIFIER_KINDS) {
    const value = draft.identifiers[kind].trim()
    if (value && !IDENTIFIER_PATTERNS[kind].test(value)) errors[`identifiers.${kind}`] = { key: `identifier.${kind}` }
  }
  if (draft.description.length > 5000) errors.description = { key: 'tooLong', params: { max: 5000 } }
  return errors
}

/** The draft as updateEntity's fields (every field replaced). */
export function fromDraft(draft: EntityDraft): Omit<Entity, 'id'> {
  const identifiers: EntityIdentifiers = {}
  for (const kind of IDENTIFIER_KINDS) {
    const value = draft.identifiers[kind].trim()
    if (value) identifiers[kind] = value
  }
  return {
    type: draft.type,
    name: draft.name.trim(),
    names: Object.fromEntries(draft.names.filter((row) => row.lang.trim() && row.name.trim()).map((row) => [row.lang.trim(), row.name.trim()])),
    aliases: lines(draft.aliases),
    identifiers,
    description: draft.description.trim()
  }
}

/** Where a failure from the main process belongs in the form ('name', 'identifiers.viaf'…). */
export function fieldOf(field: string | undefined): string {
  if (!field) return ''
  const parts = field.split('.')
  if (parts[0] === 'identifiers' && parts[1]) return `identifiers.${parts[1]}`
  return parts[0] ?? ''
}
