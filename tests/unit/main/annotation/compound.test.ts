import { afterEach, describe, expect, it } from 'vitest'
import { importNews, openApp, rangeOf, removeTempDirs, type TestApp } from './helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const wholeWord = (text: string, needle: string) => text.match(new RegExp(`\\b${needle}\\b`, 'g'))?.length ?? 0

async function withNews() {
  app = await openApp()
  const [songmei, lianhe] = await importNews(app)
  const text = async (id: string) => (await app!.ok('getArticle', { id })).doc.versions[0]!.text
  return { app, songmei, lianhe, songmeiText: await text(songmei), lianheText: await text(lianhe) }
}

describe('compound steps', () => {
  it('tags all occurrences across the archive as one step, and undo restores every article', async () => {
    const { app, songmei, lianhe, songmeiText, lianheText } = await withNews()
    const entity = await app.ok('createEntity', { type: 'PERSON', name: 'Ma Qiuyun' })
    const first = await app.ok('addAnnotation', { articleId: songmei, ...rangeOf(songmeiText, 'Ma Qiuyun'), type: 'PERSON', entity: entity.id })
    const model = first.view.doc.annotations[0]!

    const inArticle = await app.ok('findOccurrences', { articleId: songmei, annotationId: model.id, scope: 'article' })
    expect(inArticle).toHaveLength(wholeWord(songmeiText, 'Ma Qiuyun') - 1)
    const everywhere = await app.ok('findOccurrences', { articleId: songmei, annotationId: model.id, scope: 'archive' })
    expect(everywhere.filter((o) => o.articleId === lianhe)).toHaveLength(wholeWord(lianheText, 'Ma Qiuyun'))
    expect(everywhere.every((o) => o.exact === 'Ma Qiuyun')).toBe(true)

    const items = everywhere.map(({ articleId, source, start, end }) => ({ articleId, source, start, end }))
    const tagged = await app.ok('tagOccurrences', { articleId: songmei, annotationId: model.id, items: [...items, items[0]!] })
    expect(tagged.view.doc.annotations).toHaveLength(wholeWord(songmeiText, 'Ma Qiuyun'))
    expect(tagged.view.doc.annotations.every((a) => a.entity === entity.id && a.type === 'PERSON')).toBe(true)
    expect(tagged.undo.undoAction).toBe('annotation.tagOccurrences')
    const other = await app.ok('getArticle', { id: lianhe })
    expect(other.doc.annotations).toHaveLength(wholeWord(lianheText, 'Ma Qiuyun'))
    expect(other.entities.map((e) => e.id)).toEqual([entity.id])
    const total = wholeWord(songmeiText, 'Ma Qiuyun') + wholeWord(lianheText, 'Ma Qiuyun')
    expect((await app.ok('getRegistry', {})).entities.find((e) => e.id === entity.id)!.mentionCount).toBe(total)
    // Nothing left to propagate: existing annotations are never duplicated.
    expect(await app.ok('findOccurrences', { articleId: songmei, annotationId: model.id, scope: 'archive' })).toEqual([])
    // Tagging the same again changes nothing and records no step: undo still undoes the tag-all.
    const historyBefore = (await app.ok('getArticle', { id: lianhe })).doc.history.length
    expect((await app.err('tagOccurrences', { articleId: songmei, annotationId: model.id, items })).code).toBe('annotation.allTagged')
    expect((await app.ok('getArticle', { id: lianhe })).doc.history).toHaveLength(historyBefore)
    expect((await app.ok('undoState', { articleId: songmei })).undoAction).toBe('annotation.tagOccurrences')

    const undone = await app.ok('undo', { articleId: songmei })
    expect(undone.change!.view.doc.annotations.map((a) => a.id)).toEqual([model.id])
    expect((await app.ok('getArticle', { id: lianhe })).doc.annotations).toHaveLength(0)
    expect((await app.ok('getEntity', { id: entity.id })).entity.mentionCount).toBe(1)

    await app.ok('redo', { articleId: songmei })
    expect((await app.ok('getArticle', { id: lianhe })).doc.annotations).toHaveLength(wholeWord(lianheText, 'Ma Qiuyun'))
  })

  it('creates an entity linked to an annotation as one undo step of the article', async () => {
    const { app, songmei, songmeiText } = await withNews()
    const a = (await app.ok('addAnnotation', { articleId: songmei, ...rangeOf(songmeiText, 'Gao Wenbin'), type: 'PERSON' })).view.doc.annotations[0]!
    const entity = await app.ok('createEntity', { type: 'PERSON', name: 'Gao Wenbin', names: { zh: '高文斌' }, link: { articleId: songmei, annotationId: a.id } })
    expect(entity.mentionCount).toBe(1)
    expect((await app.ok('getArticle', { id: songmei })).doc.annotations[0]!.entity).toBe(entity.id)
    expect(await app.ok('undoState', { articleId: songmei })).toMatchObject({ undoAction: 'entity.create' })

    const undone = await app.ok('undo', { articleId: songmei })
    expect(undone.change!.view.doc.annotations[0]!.entity).toBeNull()
    expect((await app.ok('getRegistry', {})).entities).toHaveLength(0)
    await app.ok('redo', { articleId: songmei })
    expect((await app.ok('getRegistry', {})).entities.map((e) => e.id)).toEqual([entity.id])
    expect((await app.ok('getArticle', { id: songmei })).entities.map((e) => e.name)).toEqual(['Gao Wenbin'])
  })

  it('merges entities (mentions and aliases move over) and undoes the merge everywhere', async () => {
    const { app, songmei, lianhe, songmeiText, lianheText } = await withNews()
    const a = await app.ok('createEntity', { type: 'PERSON', name: 'Ma Qiuyun', aliases: ['Teacher Ma Qiuyun'] })
    const b = await app.ok('createEntity', { type: 'PERSON', name: '马秋云', names: { en: 'Ma Qiuyun' } })
    await app.ok('addAnnotation', { articleId: songmei, ...rangeOf(songmeiText, 'Ma Qiuyun'), type: 'PERSON', entity: a.id })
    await app.ok('addAnnotation', { articleId: lianhe, ...rangeOf(lianheText, 'Ma Qiuyun'), type: 'PERSON', entity: a.id })
    await app.ok('addAnnotation', { articleId: lianhe, ...rangeOf(lianheText, 'Ma Qiuyun', 1), type: 'PERSON', entity: b.id })

    const merged = await app.ok('mergeEntities', { from: a.id, into: b.id })
    expect(merged.mentionCount).toBe(3)
    expect(merged.aliases).toEqual(expect.arrayContaining(['Teacher Ma Qiuyun']))
    const registry = await app.ok('getRegistry', {})
    expect(registry.entities.map((e) => e.id)).toEqual([b.id])
    for (const id of [songmei, lianhe]) {
      expect((await app.ok('getArticle', { id })).doc.annotations.every((x) => x.entity === b.id)).toBe(true)
    }
    const page = await app.ok('getEntity', { id: b.id })
    expect(page.mentions).toHaveLength(3)
    expect(page.mentions[0]!.exact).toBe('Ma Qiuyun')
    expect(page.mentions[0]!.left.length + page.mentions[0]!.right.length).toBeGreaterThan(0)
    expect(page.articles.map((x) => x.count).sort()).toEqual([1, 2])

    const undone = await app.ok('undo', {})
    expect(undone.action).toBe('entity.merge')
    expect(undone.change).toBeNull()
    const after = await app.ok('getRegistry', {})
    expect(Object.fromEntries(after.entities.map((e) => [e.id, e.mentionCount]))).toEqual({ [a.id]: 2, [b.id]: 1 })
    expect((await app.ok('getArticle', { id: songmei })).doc.annotations[0]!.entity).toBe(a.id)
    await app.ok('redo', {})
    expect((await app.ok('getRegistry', {})).entities.map((e) => e.mentionCount)).toEqual([3])
  })

  it('splits a mention onto a new entity and lists co-occurring entities', async () => {
    const { app, songmei, songmeiText } = await withNews()
    const hu = await app.ok('createEntity', { type: 'PERSON', name: 'Gao Wenbin' })
    const party = await app.ok('createEntity', { type: 'ORG', name: 'Municipal Party Committee' })
    const a = (await app.ok('addAnnotation', { articleId: songmei, ...rangeOf(songmeiText, 'Gao Wenbin'), type: 'PERSON', entity: hu.id })).view.doc.annotations[0]!
    await app.ok('addAnnotation', { articleId: songmei, ...rangeOf(songmeiText, 'Municipal Party Committee'), type: 'ORG', entity: party.id })
    expect((await app.ok('getEntity', { id: hu.id })).cooccurring).toEqual([{ entity: expect.objectContaining({ id: party.id }), count: 1 }])

    const split = await app.ok('splitMention', { articleId: songmei, annotationId: a.id })
    const moved = split.view.doc.annotations.find((x) => x.id === a.id)!
    expect(moved.entity).not.toBe(hu.id)
    expect(split.view.entities.find((e) => e.id === moved.entity)).toMatchObject({ name: 'Gao Wenbin', type: 'PERSON' })
    expect((await app.ok('getEntity', { id: hu.id })).entity.mentionCount).toBe(0)
    await app.ok('undo', { articleId: songmei })
    expect((await app.ok('getEntity', { id: hu.id })).entity.mentionCount).toBe(1)
    expect((await app.ok('getRegistry', {})).entities).toHaveLength(2)
  })

  it('renames a schema type in every article, and asks before deleting a type in use', async () => {
    const { app, songmei, lianhe, songmeiText, lianheText } = await withNews()
    await app.ok('addAnnotation', { articleId: songmei, ...rangeOf(songmeiText, 'Ma Qiuyun'), type: 'PERSON' })
    await app.ok('addAnnotation', { articleId: lianhe, ...rangeOf(lianheText, 'Ma Qiuyun'), type: 'PERSON' })
    const person = await app.ok('createEntity', { type: 'PERSON', name: 'Ma Qiuyun' })
    const { schema } = await app.ok('getRegistry', {})
    const renamed = { ...schema, types: schema.types.map((t) => (t.name === 'PERSON' ? { ...t, name: 'PEOPLE' } : t)) }

    const result = await app.ok('updateSchema', { schema: renamed, renames: { PERSON: 'PEOPLE' } })
    expect(result.affected).toBe(2)
    for (const id of [songmei, lianhe]) expect((await app.ok('getArticle', { id })).doc.annotations[0]!.type).toBe('PEOPLE')
    expect((await app.ok('getEntity', { id: person.id })).entity.type).toBe('PEOPLE')

    await app.ok('undo', {})
    for (const id of [songmei, lianhe]) expect((await app.ok('getArticle', { id })).doc.annotations[0]!.type).toBe('PERSON')
    await app.ok('redo', {})
    expect((await app.ok('getArticle', { id: lianhe })).doc.annotations[0]!.type).toBe('PEOPLE')
    await app.ok('undo', {})

    // A type used by an entity cannot be deleted; one used by annotations needs confirmation.
    const without = (name: string) => ({ ...schema, types: schema.types.filter((t) => t.name !== name) })
    expect((await app.err('updateSchema', { schema: without('PERSON') })).code).toBe('schema.typeUsedByEntities')
    expect((await app.ok('updateSchema', { schema: without('PLACE') })).affected).toBe(0)
    await app.ok('undo', {})
    await app.ok('addAnnotation', { articleId: songmei, ...rangeOf(songmeiText, 'secretary'), type: 'TITLE' })
    await app.ok('addAnnotation', { articleId: lianhe, ...rangeOf(lianheText, 'Ma Qiuyun', 1), type: 'TITLE' })
    const refused = await app.err('updateSchema', { schema: without('TITLE') })
    expect(refused).toMatchObject({ code: 'schema.typeInUse', params: { type: 'TITLE', count: 2 } })
    expect(refused.message).toBe('2 annotations use the type TITLE. Confirm to delete them with the type.')
    expect((await app.ok('updateSchema', { schema: without('TITLE'), confirmDelete: true })).affected).toBe(2)
    for (const id of [songmei, lianhe]) expect((await app.ok('getArticle', { id })).doc.annotations.map((a) => a.type)).toEqual(['PERSON'])
    await app.ok('undo', {})
    for (const id of [songmei, lianhe]) expect((await app.ok('getArticle', { id })).doc.annotations.map((a) => a.type)).toEqual(['PERSON', 'TITLE'])
  })
})
