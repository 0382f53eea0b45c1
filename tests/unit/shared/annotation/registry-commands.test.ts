import { describe, expect, it } from 'vitest'
import { createEntity, mergeEntities, runRegistryCommand, updateEntity, updateSchema } from '@shared/annotation'
import { DEFAULT_SCHEMA } from '@shared/model'
import { failureCode, makeCtx, makeRegistry } from './fixtures'

describe('entities', () => {
  it('creates an entity; the inverse removes it', () => {
    const reg = makeRegistry()
    const ctx = makeCtx()
    const out = createEntity(reg, { type: 'PERSON', name: '  Lei Feng ', names: { zh: '雷锋' } }, ctx)
    expect(out.value).toMatchObject({ id: 'id1', name: 'Lei Feng', names: { zh: '雷锋' }, aliases: [] })
    expect(out.doc.entities).toHaveLength(4)
    expect(runRegistryCommand(out.doc, out.inverse, ctx).doc).toEqual(reg)
  })

  it('refuses an empty name, a 10,000-character name and an unknown type', () => {
    const reg = makeRegistry()
    const ctx = makeCtx()
    expect(failureCode(() => createEntity(reg, { type: 'PERSON', name: '   ' }, ctx))).toBe('entity.emptyName')
    expect(failureCode(() => createEntity(reg, { type: 'PERSON', name: 'x'.repeat(10_000) }, ctx))).toBe('entity.nameTooLong')
    expect(failureCode(() => createEntity(reg, { type: 'ANIMAL', name: 'Rex' }, ctx))).toBe('entity.unknownType')
    expect(failureCode(() => createEntity(reg, { type: 'PERSON', name: 'Rex', identifiers: { wikidata: 'nope' } }, ctx))).toBe('entity.invalid')
  })

  it('updates an entity; the inverse restores it', () => {
    const reg = makeRegistry()
    const ctx = makeCtx()
    const out = updateEntity(reg, { id: 'e3', name: 'Fuxin City', aliases: ['阜新'] }, ctx)
    expect(out.doc.entities[2]).toMatchObject({ name: 'Fuxin City', aliases: ['阜新'] })
    expect(runRegistryCommand(out.doc, out.inverse, ctx).doc).toEqual(reg)
    expect(failureCode(() => updateEntity(reg, { id: 'zz', name: 'x' }, ctx))).toBe('entity.notFound')
  })

  it('merges names, aliases and identifiers into the survivor and returns the relink map', () => {
    const reg = makeRegistry()
    const ctx = makeCtx()
    const out = mergeEntities(reg, { from: 'e2', into: 'e1' }, ctx)
    expect(out.doc.entities.map((e) => e.id)).toEqual(['e1', 'e3'])
    const merged = out.value.entity
    expect(merged.names).toEqual({ en: 'Hu Tao', zh: '胡涛', fr: 'Hu Tao' })
    expect(merged.aliases).toEqual(['Secretary Hu', 'Tao Hu', 'Hu T.', '胡濤'])
    expect(merged.identifiers).toEqual({ wikidata: 'Q42' })
    expect(out.value.relink).toEqual({ e2: 'e1' })
    expect(runRegistryCommand(out.doc, out.inverse, ctx).doc).toEqual(reg)
    expect(failureCode(() => mergeEntities(reg, { from: 'e1', into: 'e1' }, ctx))).toBe('entity.mergeSelf')
  })
})

describe('updateSchema', () => {
  const without = (name: string) => ({ ...DEFAULT_SCHEMA, types: DEFAULT_SCHEMA.types.filter((t) => t.name !== name) })

  it('renames a type, retypes entities and returns the rename map; the inverse undoes it', () => {
    const reg = makeRegistry()
    const ctx = makeCtx()
    const schema = { ...DEFAULT_SCHEMA, types: DEFAULT_SCHEMA.types.map((t) => (t.name === 'PLACE' ? { ...t, name: 'LOC' } : t)) }
    const out = updateSchema(reg, { schema, renames: { PLACE: 'LOC' } }, ctx)
    expect(out.value.renamed).toEqual({ PLACE: 'LOC' })
    expect(out.value.deleted).toEqual([])
    expect(out.doc.entities[2]!.type).toBe('LOC')
    expect(runRegistryCommand(out.doc, out.inverse, ctx).doc).toEqual(reg)
  })

  it('reports how many annotations use a deleted type and needs confirmation', () => {
    const reg = makeRegistry()
    const ctx = makeCtx()
    expect(failureCode(() => updateSchema(reg, { schema: without('MISC'), usage: { MISC: 3 } }, ctx))).toBe('schema.typeInUse')
    const out = updateSchema(reg, { schema: without('MISC'), usage: { MISC: 3 }, confirmDelete: true }, ctx)
    expect(out.value.deleted).toEqual([{ type: 'MISC', annotations: 3 }])
    expect(runRegistryCommand(out.doc, out.inverse, ctx).doc).toEqual(reg)
    expect(failureCode(() => updateSchema(reg, { schema: without('PLACE'), confirmDelete: true }, ctx))).toBe('schema.typeUsedByEntities')
  })

  it('refuses duplicate shortcuts and invalid schemas', () => {
    const reg = makeRegistry()
    const ctx = makeCtx()
    const dup = { ...DEFAULT_SCHEMA, types: DEFAULT_SCHEMA.types.map((t) => (t.name === 'ORG' ? { ...t, shortcut: 'p' } : t)) }
    expect(failureCode(() => updateSchema(reg, { schema: dup }, ctx))).toBe('schema.duplicateShortcut')
    const dupName = { ...DEFAULT_SCHEMA, types: [...DEFAULT_SCHEMA.types, DEFAULT_SCHEMA.types[0]!] }
    expect(failureCode(() => updateSchema(reg, { schema: { ...dupName, types: dupName.types.map((t, i) => (i === 8 ? { ...t, shortcut: null } : t)) } }, ctx))).toBe('schema.duplicateType')
    expect(failureCode(() => updateSchema(reg, { schema: { ...DEFAULT_SCHEMA, types: [] } }, ctx))).toBe('schema.invalid')
    expect(failureCode(() => updateSchema(reg, { schema: DEFAULT_SCHEMA, renames: { NOPE: 'PLACE' } }, ctx))).toBe('schema.unknownType')
  })
})
