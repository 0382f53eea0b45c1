import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { createDispatcher, call } from '../../../../src/main/dispatch'
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

describe('anchoring on open', () => {
  it('re-anchors annotations whose text moved, keeps an orphan flagged, and persists', async () => {
    app = await openApp()
    const [id] = await importNews(app)
    const text = (await app.ok('getArticle', { id })).doc.versions[0]!.text
    const hu = (await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Gao Wenbin'), type: 'PERSON' })).view.doc.annotations[0]!
    const gone = (await app.ok('addAnnotation', { articleId: id, ...rangeOf(text, 'Luo Shumin'), type: 'PERSON' })).view.doc.annotations[1]!
    await app.close()

    // Edit the shard outside the app: text inserted before both spans, one name removed.
    const file = join(app.archiveDir, 'articles', `${id}.json`)
    const stored = JSON.parse(await readFile(file, 'utf8'))
    stored.versions[0].text = `Editor's note: 🙂 revised.\n\n${text.replace('Luo Shumin', 'the director')}`
    await writeFile(file, JSON.stringify(stored))

    const t = createTranslator('en')
    const ctx = await AppContext.start({ archiveDir: app.archiveDir, settings: await SettingsStore.open(app.home), t, mode: 'browser' })
    app = { ...app, ctx, close: () => ctx.close() }
    const dispatch = createDispatcher(createHandlers(ctx), t)
    const opened = await call(dispatch, 'getArticle', { id })
    if (!opened.ok) throw new Error(opened.error.message)
    const doc = opened.value.doc
    const moved = doc.annotations.find((a) => a.id === hu.id)!
    expect(moved.orphan).toBe(false)
    expect(moved.target.position.start).toBe(hu.target.position.start + [...`Editor's note: 🙂 revised.\n\n`].length)
    expect([...doc.versions[0]!.text].slice(moved.target.position.start, moved.target.position.end).join('')).toBe('Gao Wenbin')
    const orphan = doc.annotations.find((a) => a.id === gone.id)!
    expect(orphan.orphan).toBe(true)
    expect(orphan.target.quote.exact).toBe('Luo Shumin')
    expect(doc.history.at(-1)).toMatchObject({ action: 'annotation.reanchor', detail: { moved: [hu.id], orphaned: [gone.id] } })

    // Persisted: the shard now holds the new anchors; a second open changes nothing.
    const saved = JSON.parse(await readFile(file, 'utf8'))
    expect(saved.annotations.find((a: { id: string }) => a.id === hu.id).target.position.start).toBe(moved.target.position.start)
    const again = await call(dispatch, 'getArticle', { id })
    expect(again.ok && again.value.doc.history.length).toBe(doc.history.length)
  })
})
