import { z } from 'zod'

export const TagType = z.object({
  name: z.string().regex(/^[A-Z][A-Z0-9_-]{0,31}$/, 'upper-case letters, digits, "_" or "-"'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** A single key, pressed alone while text is selected. */
  shortcut: z.string().regex(/^[a-z0-9]$/).nullable(),
  description: z.string().max(1000)
})
export type TagType = z.infer<typeof TagType>

export const RelationType = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]{0,47}$/),
  description: z.string().max(1000)
})
export type RelationType = z.infer<typeof RelationType>

export const TagSchema = z
  .object({ types: z.array(TagType).min(1).max(100), relationTypes: z.array(RelationType).max(100) })
  .superRefine((schema, ctx) => {
    const seen = new Map<string, string>()
    const names = new Set<string>()
    schema.types.forEach((type, i) => {
      if (names.has(type.name)) ctx.addIssue({ code: 'custom', path: ['types', i, 'name'], message: 'duplicate type name', params: { reason: 'duplicateTypeName' } })
      names.add(type.name)
      if (type.shortcut === null) return
      if (seen.has(type.shortcut))
        ctx.addIssue({ code: 'custom', path: ['types', i, 'shortcut'], message: 'duplicate shortcut', params: { reason: 'duplicateShortcut' } })
      seen.set(type.shortcut, type.name)
    })
  })
export type TagSchema = z.infer<typeof TagSchema>

export const DEFAULT_SCHEMA: TagSchema = {
  types: [
    { name: 'PERSON', color: '#e0607e', shortcut: 'p', description: '' },
    { name: 'ORG', color: '#4a90d9', shortcut: 'o', description: '' },
    { name: 'PLACE', color: '#3aa76d', shortcut: 'l', description: '' },
    { name: 'DATE', color: '#d9a441', shortcut: 'd', description: '' },
    { name: 'EVENT', color: '#9b6bd6', shortcut: 'e', description: '' },
    { name: 'TITLE', color: '#d97941', shortcut: 't', description: '' },
    { name: 'WORK', color: '#41a9b5', shortcut: 'w', description: '' },
    { name: 'MISC', color: '#8a8f98', shortcut: 'm', description: '' }
  ],
  relationTypes: [
    { name: 'holds-position-in', description: '' },
    { name: 'member-of', description: '' },
    { name: 'located-in', description: '' },
    { name: 'attended', description: '' },
    { name: 'spoke-at', description: '' }
  ]
}
