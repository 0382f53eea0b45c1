import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, rangeOf, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

/** An entity linked from two mentions in sample-1 and one in sample-2. */
async function linked(app: TestApp) {
  const entity = await app.ok('createEntity', { type: 'ORG', name: 'Volunteer Service' })
  const text = async (id: string) => (await app.ok('getArticle', { id })).doc.versions[0]!.text
  const one = await text('sample-1')
  const two = await text('sample-2')
  await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(one, 'volunteer'), type: 'ORG', entity: entity.id })
  await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(one, 'launching ceremony'), type: 'EVENT', entity: entity.id })
  const other = await app.ok('addAnnotation', { articleId: 'sample-2', ...rangeOf(two, 'Double Ninth Festival'), type: 'EVENT', entity: entity.id })
  return { entity, otherAnnotation: other.view.doc.annotations.at(-1)! }
}

const entitiesOf = async (app: TestApp, articleId: string) => (await app.ok('getArticle', { id: articleId })).doc.annotations.map((a) => a.entity)

describe('deleting an entity to the trash', () => {
  it('unlinks its mentions (the annotations stay) and keeps a record in trash/entities', async () => {
    app = await openApp()
    const { entity } = await linked(app)
    const change = await app.ok('deleteEntity', { id: entity.id })
    expect((await app.ok('getRegistry', {})).entities.map((e) => e.id)).not.toContain(entity.id)
    expect(await entitiesOf(app, 'sample-1')).toEqual([null, null])
    expect(await entitiesOf(app, 'sample-2')).toEqual([null])
    expect(change.trash.entities).toEqual([expect.objectContaining({ id: entity.id, name: 'Volunteer Service', type: 'ORG', mentionCount: 3 })])
    expect(change.undo.undoAction).toBe('entity.delete')
    expect(existsSync(join(app.archiveDir, 'trash', 'entities', `${entity.id}.json`))).toBe(true)
  })

  it('is undone: the entity is back where it stood and its mentions are linked again', async () => {
    app = await openApp()
    const { entity } = await linked(app)
    const before = (await app.ok('getRegistry', {})).entities.map((e) => e.id)
    await app.ok('deleteEntity', { id: entity.id })
    const undone = await app.ok('undo', {})
    expect(undone.registryChanged).toBe(true)
    expect((await app.ok('getRegistry', {})).entities.map((e) => e.id)).toEqual(before)
    expect(await entitiesOf(app, 'sample-1')).toEqual([entity.id, entity.id])
    expect((await app.ok('getEntity', { id: entity.id })).entity.mentionCount).toBe(3)
    expect((await app.ok('listTrash', {})).entities).toEqual([])
    expect(existsSync(join(app.archiveDir, 'trash', 'entities', `${entity.id}.json`))).toBe(false)
  })

  it('is restored from the trash, relinking only the mentions nobody linked elsewhere meanwhile', async () => {
    app = await openApp()
    const { entity, otherAnnotation } = await linked(app)
    await app.ok('deleteEntity', { id: entity.id })
    const festival = await app.ok('createEntity', { type: 'EVENT', name: 'Double Ninth Festival' })
    await app.ok('updateAnnotation', { articleId: 'sample-2', id: otherAnnotation.id, entity: festival.id })
    const restored = await app.ok('restoreFromTrash', { entities: [entity.id] })
    expect(restored.trash.entities).toEqual([])
    expect(await entitiesOf(app, 'sample-1')).toEqual([entity.id, entity.id])
    expect(await entitiesOf(app, 'sample-2')).toEqual([festival.id])
    // The restore is a step of the library: undo puts the entity back in the trash.
    await app.ok('undo', { scope: 'library' })
    expect((await app.ok('listTrash', {})).entities.map((e) => e.id)).toEqual([entity.id])
    expect(await entitiesOf(app, 'sample-1')).toEqual([null, null])
  })

  it('deletes an entity nobody mentions, and refuses one that does not exist', async () => {
    app = await openApp()
    const lonely = await app.ok('createEntity', { type: 'PLACE', name: 'Lanxia' })
    expect((await app.ok('deleteEntity', { id: lonely.id })).trash.entities).toHaveLength(1)
    expect((await app.err('deleteEntity', { id: lonely.id })).code).toBe('entity.notFound')
  })
})
