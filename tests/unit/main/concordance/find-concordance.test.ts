import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { createTranslator } from '../../../../src/main/i18n'
import { findConcordance } from '../../../../src/main/services/concordance/find-concordance'
import { SettingsStore } from '../../../../src/main/settings-store'
import { importNews, openApp, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const concordance = (a: TestApp, query: string, limit?: number) => findConcordance(a.ctx.archive, a.ctx.search, query, limit)

describe('the concordance answered from the search index', () => {
  it('gives the same lines as reading the shards, and reads none once the index is ready', async () => {
    app = await openApp()
    const reads = vi.spyOn(app.ctx.archive, 'read')
    // The index is not open yet: the shards of the articles it names are read.
    const fromShards = await concordance(app, 'the')
    expect(reads).toHaveBeenCalled()
    expect(fromShards.total).toBeGreaterThan(10)
    reads.mockClear()
    expect(await concordance(app, 'the')).toEqual(fromShards)
    expect(reads).not.toHaveBeenCalled()
    const chinese = await concordance(app, '志愿')
    expect(chinese.lines.map((l) => `${l.match}:${l.lang}:${l.role}`)).toContain('志愿:zh:original')
    expect(reads).not.toHaveBeenCalled()
    const limited = await concordance(app, 'the', 3)
    expect(limited).toMatchObject({ total: fromShards.total, articles: fromShards.articles, lines: fromShards.lines.slice(0, 3) })
  })

  it('says which lines are in a translation added just before', async () => {
    app = await openApp()
    await app.ctx.search.open()
    expect((await concordance(app, 'quokka sanctuary')).total).toBe(0)
    await app.ok('addTranslation', { articleId: 'sample-3', lang: 'fr', text: 'Volunteers opened a quokka sanctuary.', engine: 'TestMT' })
    const found = await concordance(app, 'quokka sanctuary')
    expect(found.lines).toEqual([expect.objectContaining({ id: 'sample-3', lang: 'fr', role: 'translation', start: 20, end: 36, match: 'quokka sanctuary', left: 'Volunteers opened a ', right: '.' })])
  })

  it('sees articles imported or moved to the trash just before', async () => {
    app = await openApp()
    await app.ctx.search.open()
    const before = await concordance(app, 'the')
    const [songmei] = await importNews(app)
    const imported = await concordance(app, 'the')
    expect(imported.articles).toBe(before.articles + 2)
    const line = imported.lines.find((l) => l.id === songmei)!
    const doc = (await app.ok('getArticle', { id: songmei })).doc
    const text = doc.versions.find((v) => v.id === line.version)!.text
    expect([...text].slice(line.start, line.end).join('')).toBe(line.match)
    expect(line).toMatchObject({ title: doc.article.title, date: doc.article.date, role: 'original' })
    await app.ok('deleteArticles', { ids: [songmei] })
    const after = await concordance(app, 'the')
    expect(after.articles).toBe(before.articles + 1)
    expect(after.lines.some((l) => l.id === songmei)).toBe(false)
  })

  it('rebuilds an index stored in an older format, whose records lack roles and tags', async () => {
    app = await openApp()
    await app.ctx.search.open()
    const expected = await concordance(app, 'the')
    const tags = (await app.ok('articleTags', { ids: [] })).archive
    await app.ctx.close()
    const manifest = join(app.archiveDir, 'index', 'search', 'manifest.json')
    const stored = JSON.parse(await readFile(manifest, 'utf8')) as { format: number }
    await writeFile(manifest, JSON.stringify({ ...stored, format: stored.format - 1 }))
    const ctx = await AppContext.start({ archiveDir: app.archiveDir, settings: await SettingsStore.open(app.home), t: createTranslator('en'), mode: 'browser' })
    try {
      expect((await ctx.search.open()).rebuilt).toBe(true)
      expect(await findConcordance(ctx.archive, ctx.search, 'the')).toEqual(expected)
      expect(await ctx.search.tagCounts()).toEqual(tags)
    } finally {
      await ctx.close()
    }
  })
})
