import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SCHEMA } from '@shared/model'
import { importNews, openApp, rangeOf, removeTempDirs, type TestApp } from './helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

describe('bad input gets a clear code and message, and nothing is stored', () => {
  it('refuses bad selections, types, relations and references', async () => {
    app = await openApp()
    const [id] = await importNews(app)
    const text = (await app.ok('getArticle', { id })).doc.versions[0]!.text
    const length = [...text].length
    const hu = rangeOf(text, 'Gao Wenbin')
    const paragraphEnd = text.indexOf('\n\n')
    const cases: [Parameters<TestApp['err']>[1], string, string][] = [
      [{ articleId: id, start: 10, end: 10, type: 'PERSON' }, 'annotation.emptySelection', 'The selection is empty. Select some text to tag.'],
      [{ articleId: id, start: 0, end: length + 5, type: 'PERSON' }, 'annotation.outOfRange', `The selection ends at ${length + 5}, past the end of the text (${length} characters).`],
      [{ articleId: id, start: paragraphEnd - 3, end: paragraphEnd + 5, type: 'PERSON' }, 'annotation.crossesParagraph', 'A selection may not cross a paragraph break. Tag each paragraph\'s part separately.'],
      [{ articleId: id, start: 20, end: 10, type: 'PERSON' }, 'annotation.invalidRange', 'The range 20–10 is not valid: the end must not come before the start.'],
      [{ articleId: id, ...hu, type: 'NOPE' }, 'annotation.unknownType', '“NOPE” is not a type of the tag schema.'],
      [{ articleId: id, ...hu, type: 'PERSON', entity: 'e_missing' }, 'annotation.unknownEntity', 'There is no entity “e_missing” in the registry.'],
      [{ articleId: 'missing', ...hu, type: 'PERSON' }, 'article.notFound', 'No article with the id “missing” in this archive.']
    ]
    for (const [input, code, message] of cases) {
      const error = await app.err('addAnnotation', input as never)
      expect(error.code, code).toBe(code)
      expect(error.message).toBe(message)
    }
    const doc = (await app.ok('getArticle', { id })).doc
    expect(doc.annotations).toHaveLength(0)
    expect(doc.history.filter((e) => e.action.startsWith('annotation.'))).toHaveLength(0)

    const a = (await app.ok('addAnnotation', { articleId: id, ...hu, type: 'PERSON' })).view.doc.annotations[0]!
    expect((await app.err('addAnnotation', { articleId: id, ...hu, type: 'PERSON' })).code).toBe('annotation.duplicate')
    expect((await app.err('updateAnnotation', { articleId: id, id: 'n_none', type: 'ORG' })).code).toBe('annotation.notFound')
    expect((await app.err('addRelation', { articleId: id, type: 'likes', from: a.id, to: a.id })).code).toBe('relation.selfLoop')
    const b = (await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Songmei'), type: 'PLACE' })).view.doc.annotations[1]!
    const badRelation = await app.err('addRelation', { articleId: id, type: 'likes', from: a.id, to: b.id })
    expect(badRelation).toMatchObject({ code: 'relation.unknownType', message: '“likes” is not a relation type of the tag schema.' })
    expect((await app.err('getEntity', { id: 'e_none' })).code).toBe('entity.notFound')
    expect((await app.err('mergeEntities', { from: 'e_none', into: 'e_other' })).code).toBe('entity.notFound')
    expect((await app.err('splitMention', { articleId: id, annotationId: a.id })).code).toBe('entity.notLinked')
    // A compound step is all or nothing: the entity is not kept when linking fails.
    const link = { articleId: id, annotationId: 'n_none' }
    expect((await app.err('createEntity', { type: 'PERSON', name: 'Gao Wenbin', link })).code).toBe('annotation.notFound')
    expect((await app.ok('getRegistry', {})).entities).toEqual([])
    expect(await app.ok('undoState', {})).toMatchObject({ canUndo: false })
  })

  it('names the field of an over-long entity name and of a duplicate shortcut', async () => {
    app = await openApp()
    const long = await app.err('createEntity', { type: 'PERSON', name: 'x'.repeat(10_000) })
    expect(long.code).toBe('ipc.invalidInput')
    expect(long.field).toBe('name')
    expect(long.message).toMatch(/^Invalid value for “name”: .*500/)
    expect((await app.err('createEntity', { type: 'NOPE', name: 'Gao Wenbin' })).code).toBe('entity.unknownType')

    const types = DEFAULT_SCHEMA.types.map((t) => (t.name === 'ORG' ? { ...t, shortcut: 'p' } : t))
    const dup = await app.err('updateSchema', { schema: { ...DEFAULT_SCHEMA, types } })
    expect(dup.field).toBe('schema.types.1.shortcut')
    expect(dup.message).toBe('Invalid value for “schema.types.1.shortcut”: this shortcut is already used by another type')
    expect((await app.ok('getRegistry', {})).schema).toEqual(DEFAULT_SCHEMA)
  })

  it('refuses to undo the creation of an entity that annotations still link to', async () => {
    app = await openApp()
    const [id] = await importNews(app)
    const text = (await app.ok('getArticle', { id })).doc.versions[0]!.text
    const entity = await app.ok('createEntity', { type: 'PERSON', name: 'Gao Wenbin' })
    await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Gao Wenbin'), type: 'PERSON', entity: entity.id })
    const refused = await app.err('undo', {})
    expect(refused).toMatchObject({ code: 'entity.inUse', message: '1 annotation still links to this entity. Unlink or delete it first.' })
    expect(await app.ok('undoState', {})).toMatchObject({ canUndo: true, undoAction: 'entity.create' })
  })

  it('translates failures into Chinese', async () => {
    app = await openApp('zh-CN')
    const [id] = await importNews(app)
    const error = await app.err('addAnnotation', { articleId: id, start: 3, end: 3, type: 'PERSON' })
    expect(error.message).toBe('所选内容为空。请选择要标注的文字。')
  })
})
