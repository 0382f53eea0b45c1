import { DEFAULT_SCHEMA, type ArticleDoc, type RegistryDoc } from '@shared/model'
import type { ArticleContext } from '@shared/annotation'

export const TEXT = 'Hu Tao, secretary of the Youth League Committee, visited Fuxin. 😀 Lei Feng!\n\nSecond paragraph about Lei Feng.'

export function makeDoc(text = TEXT): ArticleDoc {
  return {
    schemaVersion: 2,
    article: {
      id: 'art1', title: 'Test', date: null, source: 'test', language: 'en', tags: [],
      importedAt: '2024-01-01T00:00:00.000Z',
      origin: { fileName: 'a.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    versions: [{ id: 'v1', lang: 'en', role: 'original', origin: 'human', text }],
    annotations: [],
    relations: [],
    alignments: [],
    history: []
  }
}

export function makeCtx(extra: Partial<ArticleContext> = {}): ArticleContext {
  let n = 0
  return { actor: 'tester', now: '2024-05-08T10:00:00.000Z', newId: () => `id${++n}`, schema: DEFAULT_SCHEMA, ...extra }
}

export function makeRegistry(): RegistryDoc {
  return {
    schemaVersion: 2,
    schema: DEFAULT_SCHEMA,
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Hu Tao', names: { en: 'Hu Tao', zh: '胡涛' }, aliases: ['Secretary Hu'], identifiers: {}, description: '' },
      { id: 'e2', type: 'PERSON', name: 'Tao Hu', names: { zh: '胡濤', fr: 'Hu Tao' }, aliases: ['Hu T.'], identifiers: { wikidata: 'Q42' }, description: 'dup' },
      { id: 'e3', type: 'PLACE', name: 'Fuxin', names: {}, aliases: [], identifiers: {}, description: '' }
    ]
  }
}

/** The document without its append-only history: what an inverse must restore. */
export const state = (doc: ArticleDoc): Omit<ArticleDoc, 'history'> => {
  const { history: _history, ...rest } = doc
  return rest
}

/** Expects `fn` to throw an AppFailure with `code`. */
export function failureCode(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return (error as { code?: string }).code
  }
  return undefined
}
