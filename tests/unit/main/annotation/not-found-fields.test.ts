import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Contract, OperationInput } from '@shared/ipc/contract'
import { openApp, removeTempDirs, type TestApp } from './helpers'

/**
 * An id that names nothing is reported against the input field that held it, so a client
 * (the CLI, a form, a script) can point at the right box: `from` or `into`, `ids.1`, `link.articleId`,
 * written as validation errors write theirs.
 */
let app: TestApp
let article: string
let annotation: string
let entity: string
const MISSING = 'no_such_id'

beforeAll(async () => {
  app = await openApp()
  article = (await app.ok('listArticles', {}))[0]!.id
  const change = await app.ok('addAnnotation', { articleId: article, start: 0, end: 4, type: 'PERSON' })
  annotation = change.delta.annotations.put[0]!.id
  entity = (await app.ok('createEntity', { type: 'PERSON', name: 'Li Wei' })).id
})

afterAll(async () => {
  await app?.close()
  await removeTempDirs()
})

type Case = { [K in keyof Contract]: [K, () => OperationInput<K>, string, string] }[keyof Contract]

const cases: Case[] = [
  ['getArticle', () => ({ id: MISSING }), 'article.notFound', 'id'],
  ['addAnnotation', () => ({ articleId: MISSING, start: 0, end: 4, type: 'PERSON' }), 'article.notFound', 'articleId'],
  ['addAnnotations', () => ({ articleId: MISSING, items: [{ start: 0, end: 4, type: 'PERSON' }] }), 'article.notFound', 'articleId'],
  ['updateAnnotation', () => ({ articleId: article, id: MISSING, note: 'x' }), 'annotation.notFound', 'id'],
  ['deleteAnnotations', () => ({ articleId: article, ids: [annotation, MISSING] }), 'annotation.notFound', 'ids.1'],
  ['addRelation', () => ({ articleId: article, type: 'memberOf', from: MISSING, to: annotation }), 'relation.unknownAnnotation', 'from'],
  ['updateRelation', () => ({ articleId: article, id: MISSING, note: 'x' }), 'relation.notFound', 'id'],
  ['deleteRelation', () => ({ articleId: MISSING, id: MISSING }), 'article.notFound', 'articleId'],
  ['createEntity', () => ({ type: 'PERSON', name: 'Zhang Min', link: { articleId: article, annotationId: MISSING } }), 'annotation.notFound', 'link.annotationId'],
  ['createEntity', () => ({ type: 'PERSON', name: 'Zhang Min', link: { articleId: MISSING, annotationId: annotation } }), 'article.notFound', 'link.articleId'],
  ['updateEntity', () => ({ id: MISSING, name: 'x' }), 'entity.notFound', 'id'],
  ['mergeEntities', () => ({ from: MISSING, into: entity }), 'entity.notFound', 'from'],
  ['mergeEntities', () => ({ from: entity, into: MISSING }), 'entity.notFound', 'into'],
  ['getEntity', () => ({ id: MISSING }), 'entity.notFound', 'id'],
  ['splitMention', () => ({ articleId: article, annotationId: MISSING }), 'annotation.notFound', 'annotationId'],
  ['findOccurrences', () => ({ articleId: MISSING, annotationId: annotation, scope: 'article' as const }), 'article.notFound', 'articleId'],
  ['tagOccurrences', () => ({ articleId: article, annotationId: annotation, items: [{ articleId: MISSING, start: 0, end: 4 }] }), 'article.notFound', 'items.0.articleId'],
  ['suggest', () => ({ articleId: MISSING }), 'article.notFound', 'articleId'],
  ['acceptSuggestions', () => ({ articleId: MISSING, items: [{ start: 0, end: 4, type: 'PERSON' }] }), 'article.notFound', 'articleId']
]

describe('not-found errors', () => {
  it.each(cases)('%s names the field of the missing id', async (name, input, code, field) => {
    const error = await app.err(name, input() as never)
    expect({ code: error.code, field: error.field }).toEqual({ code, field })
    // Annotations and relations are unnamed to a reader: their message says what happened instead.
    if (code === 'annotation.notFound' || code === 'relation.notFound') expect(error.message).toMatch(/no longer exists/)
    else expect(error.message).toContain(MISSING)
  })
})
