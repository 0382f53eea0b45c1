import { describe, expect, it } from 'vitest'
import { ArticleDoc, CatalogDoc, RegistryDoc, SCHEMA_VERSION } from '@shared/model'
import { migrate, MigrationError, STEPS, versionOf } from '../../../../src/main/archive/migrations'

const now = '2025-01-01T00:00:00.000Z'

describe('migrations', () => {
  it('has one step per version for every kind', () => {
    for (const steps of Object.values(STEPS)) expect(steps).toHaveLength(SCHEMA_VERSION)
  })

  it('reads the version, 0 when absent, and rejects nonsense', () => {
    expect(versionOf({})).toBe(0)
    expect(versionOf({ schemaVersion: 1 })).toBe(1)
    expect(() => versionOf([])).toThrow(MigrationError)
    expect(() => versionOf({ schemaVersion: '1' })).toThrow(MigrationError)
    expect(() => migrate('article', { schemaVersion: SCHEMA_VERSION + 1 })).toThrow(/newer/)
  })

  it('upgrades a v0 article into a valid v1 document', () => {
    const v0 = {
      article: { id: 'x', title: 'T', date: null, source: 'S', importedAt: now },
      text: 'Body'
    }
    const { doc, from, changed } = migrate('article', v0, { now })
    expect({ from, changed }).toEqual({ from: 0, changed: true })
    const parsed = ArticleDoc.parse(doc)
    expect(parsed.versions[0]).toEqual({ id: 'original', lang: 'und', role: 'original', origin: 'unknown', text: 'Body' })
    expect(parsed.history).toEqual([{ at: now, actor: 'scriptorium', action: 'migrate', detail: { from: 0, to: 1 } }])
    expect(parsed.alignments).toEqual([])
    expect(v0).not.toHaveProperty('versions') // steps do not mutate their input
  })

  it('upgrades a v0 catalog and the registry it used to hold', () => {
    const v0 = { articles: [{ id: 'x' }], entities: [] }
    expect(CatalogDoc.parse(migrate('catalog', v0).doc)).toEqual({ schemaVersion: 2, articles: [] })
    expect(RegistryDoc.parse(migrate('registry', v0).doc).entities).toEqual([])
  })

  it('upgrades a v1 article to v2 with no alignments, keeping everything else', () => {
    const v1 = {
      schemaVersion: 1,
      revision: 7,
      article: { id: 'x', title: 'T', date: null, source: 'S', language: 'zh', tags: [], importedAt: now, origin: { fileName: 'x.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8' } },
      versions: [{ id: 'v1', lang: 'zh', role: 'original', origin: 'unknown', text: '文本。' }],
      annotations: [],
      relations: [],
      history: [{ at: now, actor: 'a', action: 'import', detail: {} }]
    }
    const { doc, from, changed } = migrate('article', v1, { now })
    expect({ from, changed }).toEqual({ from: 1, changed: true })
    const parsed = ArticleDoc.parse(doc)
    expect(parsed).toEqual({ ...v1, schemaVersion: 2, alignments: [] })
    expect(v1).not.toHaveProperty('alignments')
  })

  it('aligns the translations a v1 article already holds, so the workbench can open them', () => {
    const v1 = {
      schemaVersion: 1,
      article: { id: 'x', title: 'T', date: null, source: 'S', language: 'zh', tags: [], importedAt: now, origin: { fileName: 'x.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8' } },
      versions: [
        { id: 'v1', lang: 'zh', role: 'original', origin: 'unknown', text: '今天下雨。明天晴。' },
        { id: 'v2', lang: 'en', role: 'translation', origin: 'machine', engine: 'OldMT', text: 'It rains today. Sunny tomorrow.' }
      ],
      annotations: [],
      relations: [],
      history: []
    }
    const parsed = ArticleDoc.parse(migrate('article', v1, { now }).doc)
    expect(parsed.alignments).toHaveLength(1)
    const [alignment] = parsed.alignments
    expect(alignment).toMatchObject({ source: 'v1', target: 'v2' })
    expect(alignment!.rows.map((r) => [r.status, r.mt])).toEqual([
      ['initial', 'It rains today.'],
      ['initial', 'Sunny tomorrow.']
    ])
    expect(new Set(alignment!.rows.map((r) => r.id)).size).toBe(2)
  })

  it('upgrades a v1 catalog and registry by their version alone', () => {
    expect(CatalogDoc.parse(migrate('catalog', { schemaVersion: 1, articles: [] }).doc)).toEqual({ schemaVersion: 2, articles: [] })
    const registry = { schemaVersion: 1, schema: { types: [], relationTypes: [] }, entities: [] }
    const migrated = migrate('registry', registry)
    expect(migrated).toMatchObject({ from: 1, changed: true, doc: { ...registry, schemaVersion: 2 } })
  })

  it('leaves a current document alone', () => {
    const doc = { schemaVersion: SCHEMA_VERSION, articles: [] }
    expect(migrate('catalog', doc)).toEqual({ doc, from: SCHEMA_VERSION, changed: false })
  })
})
