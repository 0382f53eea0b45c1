import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ChangeEvent } from '@shared/ipc/change-events'
import { CATALOG_BATCH_MS } from '../../../../src/main/catalog-feed'
import { ChangeFeed } from '../../../../src/main/change-feed'
import { openApp, rangeOf, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Everything the app's feed publishes from now on. */
function listen(target: TestApp): ChangeEvent[] {
  const events: ChangeEvent[] = []
  target.ctx.feed.subscribe((event) => events.push(event))
  return events
}

describe('ChangeFeed', () => {
  it('tells every subscriber, even when one of them fails, and stops telling one that left', () => {
    const feed = new ChangeFeed()
    const heard: string[] = []
    feed.subscribe(() => {
      throw new Error('a tab that went away')
    })
    const leave = feed.subscribe((event) => heard.push(`a:${event.type}`))
    feed.subscribe((event) => heard.push(`b:${event.type}`))
    feed.publish({ type: 'registry' })
    leave()
    feed.publish({ type: 'registry' })
    expect(heard).toEqual(['a:registry', 'b:registry', 'b:registry'])
  })
})

describe('what the app publishes', () => {
  it('an article change: its delta and undo state (with label), for windows that did not make it', async () => {
    app = await openApp()
    const text = (await app.ok('getArticle', { id: 'sample-1' })).doc.versions[0]!.text
    const events = listen(app)
    await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(text, 'Lanxia City'), type: 'PLACE' })
    const article = events.filter((e) => e.type === 'article')
    expect(article).toHaveLength(1)
    const change = article[0]!.type === 'article' ? article[0]!.change : null
    expect(change?.delta).toMatchObject({ articleId: 'sample-1', from: 0, to: 1 })
    expect(change?.delta.annotations.put.map((a) => a.target.quote.exact)).toEqual(['Lanxia City'])
    expect(change?.undo.undoLabel).toEqual({ action: 'annotation.add', quote: 'Lanxia City', type: 'PLACE' })
    // Undo is published too: every window sees the tag go.
    await app.ok('undo', { articleId: 'sample-1' })
    const last = events.filter((e) => e.type === 'article').at(-1)
    expect(last?.type === 'article' && last.change.delta.annotations.removed).toHaveLength(1)
  })

  it('catalog rows with the new annotation count', async () => {
    app = await openApp()
    const text = (await app.ok('getArticle', { id: 'sample-1' })).doc.versions[0]!.text
    const events = listen(app)
    await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(text, 'Lanxia City'), type: 'PLACE' })
    await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(text, 'Jinghe Square'), type: 'PLACE' })
    await pause(CATALOG_BATCH_MS * 3)
    const catalog = events.filter((e) => e.type === 'catalog')
    // Writes within one batch window travel together (how many windows two writes span
    // depends on the machine's speed); the last row has both.
    expect(catalog.length).toBeGreaterThanOrEqual(1)
    expect(catalog.length).toBeLessThanOrEqual(2)
    expect(catalog.at(-1)).toMatchObject({ type: 'catalog', removed: [], put: [{ id: 'sample-1', annotationCount: 2 }] })
    // The catalog's internal text hash stays in main, as in listArticles.
    expect(catalog.every((e) => e.type === 'catalog' && e.put.every((row) => !('textHash' in row)))).toBe(true)
  })

  it('the registry when an entity is created or a link moves mention counts, not for a plain tag', async () => {
    app = await openApp()
    const text = (await app.ok('getArticle', { id: 'sample-1' })).doc.versions[0]!.text
    const events = listen(app)
    const tagged = await app.ok('addAnnotation', { articleId: 'sample-1', ...rangeOf(text, 'Lanxia City'), type: 'PLACE' })
    expect(events.some((e) => e.type === 'registry')).toBe(false)
    await app.ok('createEntity', { type: 'PLACE', name: 'Lanxia', link: { articleId: 'sample-1', annotationId: tagged.delta.annotations.put[0]!.id } })
    expect(events.filter((e) => e.type === 'registry')).toHaveLength(1)
    await app.ok('updateAnnotation', { articleId: 'sample-1', id: tagged.delta.annotations.put[0]!.id, entity: null })
    expect(events.filter((e) => e.type === 'registry')).toHaveLength(2)
  })

  it('follows the archive the app switches to', async () => {
    app = await openApp()
    const events = listen(app)
    await app.ctx.switchArchive(join(app.home, 'second'), true)
    await pause(CATALOG_BATCH_MS * 3)
    const catalog = events.filter((e) => e.type === 'catalog')
    // The new archive's sample articles were written as it was created, before the switch.
    expect(catalog).toEqual([])
    const text = (await app.ok('getArticle', { id: 'sample-2' })).doc.versions[0]!.text
    await app.ok('addAnnotation', { articleId: 'sample-2', ...rangeOf(text, 'Fenghe City'), type: 'PLACE' })
    await pause(CATALOG_BATCH_MS * 3)
    expect(events.filter((e) => e.type === 'catalog')).toMatchObject([{ put: [{ id: 'sample-2', annotationCount: 1 }] }])
  })
})
