import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { call, createDispatcher } from '../../../../src/main/dispatch'
import { createHandlers } from '../../../../src/main/handlers'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { importNews, openApp, rangeOf, removeTempDirs, type TestApp } from './helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

describe('entity mention index', () => {
  it('reads only shards with annotations, once, and follows changes without reading again', async () => {
    app = await openApp()
    const [songmei] = await importNews(app)
    const text = (await app.ok('getArticle', { id: songmei })).doc.versions[0]!.text
    const entity = await app.ok('createEntity', { type: 'PERSON', name: 'Gao Wenbin' })
    await app.ok('addAnnotation', { articleId: songmei, ...rangeOf(text, 'Gao Wenbin'), type: 'PERSON', entity: entity.id })
    await app.close()

    const t = createTranslator('en')
    const ctx = await AppContext.start({ archiveDir: app.archiveDir, settings: await SettingsStore.open(app.home), t, mode: 'browser' })
    app = { ...app, ctx, close: () => ctx.close() }
    const dispatch = createDispatcher(createHandlers(ctx), t)
    const reads = vi.spyOn(ctx.archive, 'read')
    const registry = await call(dispatch, 'getRegistry', {})
    expect(registry.ok && registry.value.entities[0]!.mentionCount).toBe(1)
    expect(reads.mock.calls.map(([id]) => id)).toEqual([songmei])

    reads.mockClear()
    await call(dispatch, 'addAnnotation', { articleId: songmei, ...rangeOf(text, 'secretary'), type: 'PERSON', entity: entity.id })
    const after = await call(dispatch, 'getRegistry', {})
    expect(after.ok && after.value.entities[0]!.mentionCount).toBe(2)
    expect(reads).not.toHaveBeenCalled()

    // Another archive: a fresh index and fresh undo stacks.
    const opened = await call(dispatch, 'openArchive', { path: join(app.home, 'other'), create: true })
    expect(opened.ok).toBe(true)
    const other = await call(dispatch, 'getRegistry', {})
    expect(other.ok && other.value.entities).toEqual([])
    const state = await call(dispatch, 'undoState', { articleId: songmei })
    expect(state.ok && state.value.canUndo).toBe(false)
  })
})
