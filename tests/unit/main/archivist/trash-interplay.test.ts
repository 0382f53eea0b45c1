import { existsSync } from 'node:fs'
import { stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive/archive'
import { runJournaled } from '../../../../src/main/archive/journal'
import { cli } from '../cli/helpers'
import { openApp, rangeOf, removeTempDirs, type TestApp } from '../annotation/helpers'

/** Deleting entities and the articles that mention them, in either order: no link is lost or left dangling. */
let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

async function mentioned(app: TestApp) {
  const entity = await app.ok('createEntity', { type: 'ORG', name: 'Volunteer Service' })
  const text = (await app.ok('getArticle', { id: 'sample-1' })).doc.versions[0]!.text
  await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(text, 'volunteer'), type: 'ORG', entity: entity.id })
  return entity.id
}
const linksOf = async (app: TestApp) => (await app.ok('getArticle', { id: 'sample-1' })).doc.annotations.map((a) => a.entity)

describe('entities and articles in the trash together', () => {
  it('restores an entity only with the trashed articles that held its mentions, then links them again', async () => {
    app = await openApp()
    const entity = await mentioned(app)
    await app.ok('deleteEntity', { id: entity })
    await app.ok('deleteArticles', { ids: ['sample-1'] })
    const refused = await app.err('restoreFromTrash', { entities: [entity] })
    expect(refused).toMatchObject({ code: 'trash.mentionsInTrash', field: 'entities' })
    expect(refused.message).toContain('sample-1')
    // Refused whole: nothing came back.
    expect((await app.ok('listTrash', {})).entities.map((e) => e.id)).toEqual([entity])
    await app.ok('restoreFromTrash', { articles: ['sample-1'], entities: [entity] })
    expect(await linksOf(app)).toEqual([entity])
  })

  it('says which article is in the trash when an undo would change it, and undoes once it is back', async () => {
    app = await openApp()
    const entity = await mentioned(app)
    await app.ok('deleteEntity', { id: entity })
    await app.ok('deleteArticles', { ids: ['sample-1'] })
    const refused = await app.err('undo', {})
    expect(refused.code).toBe('trash.articleInTrash')
    expect(refused.message).toContain('sample-1')
    await app.ok('restoreFromTrash', { articles: ['sample-1'] })
    await app.ok('undo', {})
    expect(await linksOf(app)).toEqual([entity])
  })

  it('refuses to restore an article that links to an entity still in the trash, and restores both together', async () => {
    app = await openApp()
    const entity = await mentioned(app)
    await app.ok('deleteArticles', { ids: ['sample-1'] })
    await app.ok('deleteEntity', { id: entity })
    const refused = await app.err('restoreFromTrash', { articles: ['sample-1'] })
    expect(refused).toMatchObject({ code: 'trash.linksTrashedEntity', field: 'articles' })
    expect(await app.ok('listArticles', {})).toHaveLength(3)
    await app.ok('restoreFromTrash', { articles: ['sample-1'], entities: [entity] })
    expect((await app.ok('getRegistry', {})).entities.map((e) => e.id)).toContain(entity)
    expect(await linksOf(app)).toEqual([entity])
  })

  it('names the input field of a restore failure', async () => {
    app = await openApp()
    expect(await app.err('restoreFromTrash', { articles: ['sample-1'] })).toMatchObject({ code: 'trash.notInTrash', field: 'articles' })
  })
})

describe('the time of a deletion', () => {
  it('is the time of the move, also when a crash left the move to the next open', async () => {
    app = await openApp()
    const dir = app.archiveDir
    await app.close()
    app = undefined
    const old = new Date('2024-01-01T00:00:00Z')
    await utimes(join(dir, 'articles', 'sample-2.json'), old, old)
    const before = Date.now() - 1000
    // A plan written and not applied: as a kill right after it was made durable leaves it.
    await expect(
      runJournaled(dir, { label: 'article.delete', steps: [{ op: 'move', from: 'articles/sample-2.json', to: 'trash/articles/sample-2.json' }] })
    ).resolves.toBeUndefined()
    const archive = await Archive.open(dir)
    try {
      expect((await stat(join(dir, 'trash', 'articles', 'sample-2.json'))).mtimeMs).toBeGreaterThan(before)
      const [item] = await archive.trash.articles()
      expect(Date.parse(item!.deletedAt)).toBeGreaterThan(before)
      expect(archive.has('sample-2')).toBe(false)
    } finally {
      await archive.close()
    }
  })
})

describe('reading an article whose deletion could not finish', () => {
  it('does not bring back its last good copy', async () => {
    app = await openApp()
    const text = (await app.ok('getArticle', { id: 'sample-2' })).doc.versions[0]!.text
    // An edit, so a last good copy of sample-2 exists in backups/.
    await app.ok('addAnnotation', { articleId: 'sample-2', ...rangeOf(text, text.slice(0, 4)), type: 'PLACE' })
    const dir = app.archiveDir
    expect(existsSync(join(dir, 'backups', 'articles', 'sample-2.json'))).toBe(true)
    // The shard is in the trash but the catalog still lists it (the move ran, the catalog did not follow).
    await runJournaled(dir, { label: 'article.delete', steps: [{ op: 'move', from: 'articles/sample-2.json', to: 'trash/articles/sample-2.json' }] })
    expect((await app.err('getArticle', { id: 'sample-2' })).code).toBe('article.notFound')
    expect(existsSync(join(dir, 'articles', 'sample-2.json'))).toBe(false)
  })
})

describe('scriptorium trash while the app holds the archive', () => {
  it('lists the trash from a snapshot, with the times of the deletions', async () => {
    app = await openApp()
    await app.ok('deleteArticles', { ids: ['sample-3'] })
    const deletedAt = (await app.ok('listTrash', {})).articles[0]!.deletedAt
    const run = await cli(['trash', '--json', '--archive', app.archiveDir], app.home)
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { articles: { id: string; deletedAt: string }[] }).articles).toEqual([expect.objectContaining({ id: 'sample-3', deletedAt })])
  })
})

describe('the change feed', () => {
  it('tells the windows the registry changed when articles go to the trash and come back (mention counts move)', async () => {
    app = await openApp()
    await mentioned(app)
    const events: string[] = []
    app.ctx.feed.subscribe((event) => events.push(event.type))
    await app.ok('deleteArticles', { ids: ['sample-1'] })
    expect(events).toContain('registry')
    events.length = 0
    await app.ok('undo', { scope: 'library' })
    expect(events).toContain('registry')
  })
})
