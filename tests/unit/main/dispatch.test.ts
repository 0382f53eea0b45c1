import { describe, expect, it, vi } from 'vitest'
import { contract, operationNames, type Contract, type OperationInput, type OperationName } from '@shared/ipc/contract'
import { AppFailure } from '@shared/ipc/result'
import { createDispatcher, type Handlers } from '../../../src/main/dispatch'
import { createTranslator } from '../../../src/main/i18n'

const t = createTranslator('en')

/** One valid input per operation: a new operation without one here is a compile error. */
const valid: { [K in keyof Contract]: OperationInput<K> } = {
  appInfo: {},
  archiveInfo: {},
  openArchive: { path: '/tmp/archive', create: false },
  listArticles: {},
  getArticle: { id: 'sample-1' },
  importFiles: { paths: ['/tmp/a.txt'] },
  importContent: { name: 'a.txt', data: 'aGVsbG8=' },
  getSettings: {},
  updateSettings: { language: 'en', theme: 'dark', archivePath: '/tmp/a', readerZoom: 1.5, window: { x: 0, y: 0, width: 800, height: 600, maximized: false } },
  addAnnotation: { articleId: 'a1', source: 'original', start: 0, end: 4, type: 'PERSON', note: 'n', entity: 'e1', attributes: { negated: false } },
  addAnnotations: { articleId: 'a1', source: 'original', items: [{ start: 0, end: 4, type: 'PERSON', note: 'n', entity: 'e1' }] },
  updateAnnotation: { articleId: 'a1', id: 'n1', type: 'PLACE', note: 'n', entity: null, attributes: { uncertain: true } },
  deleteAnnotations: { articleId: 'a1', ids: ['n1'] },
  addRelation: { articleId: 'a1', type: 'works-for', from: 'n1', to: 'n2', note: '' },
  updateRelation: { articleId: 'a1', id: 'r1', type: 'knows', from: 'n1', to: 'n2', note: 'x' },
  deleteRelation: { articleId: 'a1', id: 'r1' },
  undo: { articleId: 'a1' },
  redo: { articleId: 'a1' },
  undoState: { articleId: 'a1' },
  getRegistry: {},
  updateSchema: {
    schema: { types: [{ name: 'PERSON', color: '#aa0000', shortcut: 'p', description: '' }], relationTypes: [{ name: 'knows', description: '' }] },
    renames: { PER: 'PERSON' },
    confirmDelete: true
  },
  createEntity: { type: 'PERSON', name: 'Lei Feng', names: { zh: '雷锋' }, aliases: ['Comrade Lei'], identifiers: { wikidata: 'Q1' }, description: 'd', link: { articleId: 'a1', annotationId: 'n1' } },
  updateEntity: { id: 'e1', name: 'Lei Feng', aliases: [] },
  mergeEntities: { from: 'e1', into: 'e2' },
  getEntity: { id: 'e1' },
  splitMention: { articleId: 'a1', annotationId: 'n1' },
  findOccurrences: { articleId: 'a1', annotationId: 'n1', scope: 'archive' },
  tagOccurrences: { articleId: 'a1', annotationId: 'n1', items: [{ articleId: 'a2', start: 1, end: 3 }] },
  suggest: { articleId: 'a1', source: 'original' },
  acceptSuggestions: { articleId: 'a1', items: [{ start: 0, end: 2, type: 'PERSON', entity: 'e1' }] },
  rejectSuggestions: { articleId: 'a1', source: 'original', items: [{ start: 0, end: 2, type: 'PERSON' }] },
  updateArticle: { articleId: 'a1', title: 'T', date: '2024-01-02', source: 'S', language: 'en', url: 'https://example.org/a' },
  deleteArticles: { ids: ['a1'] },
  deleteEntity: { id: 'e1' },
  listTrash: {},
  restoreFromTrash: { articles: ['a1'], entities: ['e1'] },
  addTranslation: { articleId: 'a1', lang: 'en', text: 'Text.', origin: 'machine', engine: 'MT' },
  markMachineTranslation: { articleId: 'a1', engine: 'MT' },
  getSegments: { articleId: 'a1', lang: 'en' },
  postEdit: { articleId: 'a1', lang: 'en', rowId: 'n1', text: 'T', status: 'final', note: 'n', seconds: 3 },
  splitSegment: { articleId: 'a1', lang: 'en', rowId: 'n1', side: 'target', at: 3 },
  mergeSegments: { articleId: 'a1', lang: 'en', rowId: 'n1' },
  moveBoundary: { articleId: 'a1', lang: 'en', rowId: 'n1', side: 'source', direction: 'up' },
  runQa: { articleId: 'a1', lang: 'en' },
  ignoreQaFinding: { articleId: 'a1', lang: 'en', rowId: 'n1', check: 'numbers', ignored: true },
  exportFormats: {},
  startExport: { ids: ['a1'], formats: ['json'] },
  saveExport: { id: 'j_0123456789abcdef' },
  startBundleCheck: { name: 'b.zip', data: 'UEsDBA==' },
  startBundleApply: { ticket: 'b_0123456789abcdef' },
  jobStatus: { id: 'j_0123456789abcdef' },
  cancelJob: { id: 'j_0123456789abcdef' },
  exportXliff: { articleId: 'a1', lang: 'en', version: '2.1' },
  importXliff: { data: 'PHhsaWZmLz4=', articleId: 'a1' },
  memoryMatches: { text: 'The park opens on Monday', sourceLang: 'en', targetLang: 'zh-CN', articleId: 'a1', rowId: 'n1' },
  memoryConcordance: { text: '志愿', side: 'source' },
  exportTmx: { articleId: 'a1' },
  importTmx: { name: 'memory.tmx', data: 'PHRteC8+' },
  cancelTmxImport: { importId: 'tmx-1' },
  search: { query: 'lang:zh "Yulong Lake"', limit: 10, facets: true },
  tagArticles: { ids: ['a1', 'a2'], add: ['flood'], remove: ['draft'] },
  previewLink: { ids: ['a1'], entity: 'e1' },
  linkMentions: { ids: ['a1'], entity: 'e1' },
  articleTags: { ids: ['a1'] },
  searchIds: { query: 'Yulong' },
  explore: { entity: 'e1', types: ['PERSON'], minWeight: 2, limit: 20, scope: 'sentence' },
  searchStatus: {},
  concordance: { query: 'Yulong Lake', limit: 100 },
  tagConcordance: { items: [{ articleId: 'a1', version: 'v1', start: 0, end: 4, match: 'Lake' }], type: 'PLACE', entity: null }
}

function spyHandlers() {
  const spies = Object.fromEntries(operationNames.map((name) => [name, vi.fn(async () => `${name}-done`)]))
  return { spies, handlers: spies as unknown as Handlers }
}

/** A value of another type than the valid one. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 42
  if (typeof value === 'number') return 'not a number'
  if (typeof value === 'boolean') return 'yes'
  if (Array.isArray(value)) return 'not an array'
  return 42
}

/** Every payload that must be refused, with the field the error must name (if any). */
function malformed(name: OperationName): { label: string; input: unknown; field?: string }[] {
  const sample = (valid[name] ?? {}) as Record<string, unknown>
  const cases: { label: string; input: unknown; field?: string }[] = [
    { label: 'null', input: null },
    { label: 'a string', input: 'payload' },
    { label: 'a number', input: 7 },
    { label: 'an array', input: [sample] },
    { label: 'an unknown extra key', input: { ...sample, sneaky: true }, field: 'sneaky' },
    { label: 'a __proto__ key', input: Object.assign(JSON.parse('{"__proto__": {"polluted": 1}}'), sample), field: '__proto__' }
  ]
  for (const key of Object.keys(sample)) {
    cases.push({ label: `${key} of the wrong type`, input: { ...sample, [key]: wrongTypeFor(sample[key]) }, field: key })
  }
  const shape = (contract[name].input as unknown as { shape?: Record<string, { isOptional(): boolean }> }).shape ?? {}
  for (const [key, schema] of Object.entries(shape)) {
    if (schema.isOptional()) continue
    const { [key]: _dropped, ...rest } = sample
    cases.push({ label: `${key} missing`, input: rest, field: key })
  }
  return cases
}

describe('createDispatcher: input validation', () => {
  it('has a valid sample input for every operation of the contract', () => {
    expect(operationNames.filter((name) => !(name in valid))).toEqual([])
  })

  for (const name of operationNames) {
    describe(name, () => {
      for (const { label, input, field } of malformed(name)) {
        it(`refuses ${label}`, async () => {
          const { spies, handlers } = spyHandlers()
          const result = await createDispatcher(handlers, t)(name, input)
          expect(result.ok).toBe(false)
          if (result.ok) return
          expect(result.error.code).toBe('ipc.invalidInput')
          if (field !== undefined) expect(result.error.field).toBe(field)
          expect(result.error.message).toMatch(/^Invalid value for/)
          for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled()
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        })
      }

      it('passes a valid input, parsed, to its handler only', async () => {
        const { spies, handlers } = spyHandlers()
        const result = await createDispatcher(handlers, t)(name, valid[name])
        expect(result).toEqual({ ok: true, value: `${name}-done` })
        expect(spies[name]).toHaveBeenCalledOnce()
        expect(spies[name]).toHaveBeenCalledWith(valid[name])
        for (const other of operationNames.filter((n) => n !== name)) expect(spies[other]).not.toHaveBeenCalled()
      })
    })
  }

  it('names nested fields with a dotted path', async () => {
    const { handlers } = spyHandlers()
    const result = await createDispatcher(handlers, t)('updateSettings', { window: { x: 'a', y: 0, width: 800, height: 600, maximized: false } })
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput', field: 'window.x' } })
  })

  it('treats an absent input as no input for operations without one', async () => {
    const { handlers } = spyHandlers()
    expect(await createDispatcher(handlers, t)('listArticles', undefined)).toEqual({ ok: true, value: 'listArticles-done' })
  })

  it('refuses ids that could escape the articles folder', async () => {
    const { spies, handlers } = spyHandlers()
    for (const id of ['../archive', 'a/b', '', 'x'.repeat(65), 'sample-1\0']) {
      const result = await createDispatcher(handlers, t)('getArticle', { id })
      expect(result).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput', field: 'id' } })
    }
    expect(spies.getArticle).not.toHaveBeenCalled()
  })
})

describe('createDispatcher: names and failures', () => {
  it.each(['deleteEverything', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])('refuses the unknown operation %j', async (name) => {
    const { spies, handlers } = spyHandlers()
    const result = await createDispatcher(handlers, t)(name, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.unknownOperation' } })
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled()
  })

  it('keeps the code, field and params of an AppFailure and translates its message', async () => {
    const { spies, handlers } = spyHandlers()
    spies.getArticle!.mockRejectedValueOnce(new AppFailure('article.notFound', 'No article x', { id: 'x' }, 'id'))
    const result = await createDispatcher(handlers, t)('getArticle', { id: 'x' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'article.notFound', field: 'id', params: { id: 'x' }, message: 'No article with the id “x” in this archive.' }
    })
  })

  it('falls back to the English message of an AppFailure whose code has no translation', async () => {
    const { spies, handlers } = spyHandlers()
    spies.listArticles!.mockRejectedValueOnce(new AppFailure('made.up', 'Plain English message'))
    const result = await createDispatcher(handlers, t)('listArticles', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'made.up', message: 'Plain English message' } })
  })

  it('reports a plain Error as internal, without its stack', async () => {
    const { spies, handlers } = spyHandlers()
    const error = new Error('disk on fire')
    spies.listArticles!.mockRejectedValueOnce(error)
    const result = await createDispatcher(handlers, t)('listArticles', {})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('internal')
    expect(result.error.message).toContain('disk on fire')
    expect(result.error.message).not.toContain(error.stack!.split('\n')[1]!.trim())
    expect(JSON.stringify(result)).not.toMatch(/\n\s+at /)
    expect(result.error.field).toBeUndefined()
  })

  it('reports a thrown non-Error as internal', async () => {
    const { spies, handlers } = spyHandlers()
    spies.archiveInfo!.mockImplementationOnce(() => {
      throw 'a bare string'
    })
    const result = await createDispatcher(handlers, t)('archiveInfo', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
