import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isReservedName, portableIds } from '@shared/formats/portable-ids'
import type { Annotation, ArticleDoc } from '@shared/model'
import { importFile } from '../../../../../src/main/services/import/import-file'
import { deps, FakeTarget } from '../../../../fixtures/import/helpers'

const dir = mkdtempSync(join(tmpdir(), 'scriptorium-portable-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const TEXT = 'Li Wei met Zhang Min in Ningbo.'
const at = '2024-01-01T00:00:00.000Z'
const mention = (id: string, source: string, start: number, end: number): Annotation => ({
  id, type: 'PERSON', entity: null, note: '', attributes: {}, orphan: false, createdAt: at, createdBy: 'x', modifiedAt: at,
  target: { source, position: { type: 'TextPositionSelector', start, end }, quote: { type: 'TextQuoteSelector', exact: TEXT.slice(start, end), prefix: '', suffix: '' } }
})

/** Our JSON as someone else wrote it: ids a Windows disk cannot hold, and ids differing only in case. */
const hostileDoc: ArticleDoc = {
  schemaVersion: 2,
  article: {
    id: 'CON', title: 'Portable ids', date: null, source: '', language: 'en', tags: [], importedAt: at,
    origin: { fileName: 'x.json', sha256: 'a'.repeat(64), format: 'json', encoding: 'utf-8' }
  },
  versions: [
    { id: 'aux', lang: 'en', role: 'original', origin: 'unknown', text: TEXT },
    { id: 'Trans', lang: 'en', role: 'translation', origin: 'human', text: TEXT },
    { id: 'trans', lang: 'en', role: 'translation', origin: 'human', text: TEXT }
  ],
  annotations: [mention('NUL', 'aux', 0, 6), mention('m1', 'trans', 10, 19), mention('M1', 'aux', 24, 30)],
  relations: [{ id: 'com1', type: 'meets', from: 'NUL', to: 'M1', note: '', createdAt: at }],
  alignments: [],
  history: []
}

describe('ids taken from an imported file', () => {
  it('are replaced when Windows reserves them or another differs only in case, and references follow', async () => {
    const path = join(dir, 'hostile-ids.json')
    writeFileSync(path, JSON.stringify(hostileDoc))
    const target = new FakeTarget()
    const outcome = await importFile(path, deps(target))
    expect(outcome.status).toBe('imported')
    const doc = target.docs.get(outcome.id!)!
    expect(doc.article.id).toMatch(/^a_[0-9a-f]{16}$/)
    const [original, kept, recased] = doc.versions.map((v) => v.id)
    expect(original).toMatch(/^v_[0-9a-f]{16}$/)
    expect(kept).toBe('Trans')
    expect(recased).toMatch(/^v_[0-9a-f]{16}$/)
    const [nul, m1, recasedM1] = doc.annotations
    expect(nul!.id).toMatch(/^n_/)
    expect(m1!.id).toBe('m1')
    expect(recasedM1!.id).toMatch(/^n_/)
    // Each annotation still points at the version it pointed at, under its new id.
    expect(doc.annotations.map((a) => a.target.source)).toEqual([original, recased, original])
    expect(doc.relations[0]).toMatchObject({ from: nul!.id, to: recasedM1!.id })
    expect(doc.relations[0]!.id).toMatch(/^r_/)
    const all = [doc.article.id, ...doc.versions.map((v) => v.id), ...doc.annotations.map((a) => a.id), ...doc.relations.map((r) => r.id)]
    expect(all.filter(isReservedName)).toEqual([])
  })
})

describe('portableIds', () => {
  it('knows the reserved names in any case, and keeps ordinary ids', () => {
    expect(['CON', 'con', 'Prn', 'AUX', 'nul', 'COM1', 'lpt9', 'COM¹'].every(isReservedName)).toBe(true)
    expect(['console', 'a_con', 'COM', 'lpt10', 'v_1'].some(isReservedName)).toBe(false)
  })

  it('replaces missing ids and exact repeats, pointing the repeat at its first holder', () => {
    let n = 0
    const { ids, renamed } = portableIds(['x', undefined, 'x', 'X'], () => `f${++n}`)
    expect(ids).toEqual(['x', 'f1', 'f2', 'f3'])
    expect([...renamed]).toEqual([['X', 'f3']])
  })
})
