import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { exportBundle } from '../../../../src/main/services/bundle/export-service'
import { applyBundle, previewBundle, verifiedBundle } from '../../../../src/main/services/bundle/import-service'
import { importNews, openApp, removeTempDirs, tempDir } from '../annotation/helpers'

afterEach(removeTempDirs)

describe('a bundle with two articles of the same text as one archive article', () => {
  it('merges the first into it and adds the second as a new article, as the preview says', async () => {
    const source = await openApp()
    const [songmei] = await importNews(source)
    const original = await source.ctx.archive.read(songmei)
    const twin = 'songmei_twin'
    await source.ctx.archive.create({ ...original, article: { ...original.article, id: twin, title: 'Songmei (second copy)' } })
    const out = join(await tempDir('scriptorium-bundle-'), 'bundle.zip')
    await exportBundle(source.ctx.archive, { ids: [songmei, twin], formats: ['json'], out, version: 'test', locale: 'en' }, createTranslator('en')).result

    // The target holds the same text under an id of its own: both bundle articles match it by text.
    const target = await openApp()
    const [own] = await importNews(target)
    expect(own).not.toBe(songmei)
    const before = target.ctx.archive.list().length
    const content = await verifiedBundle(out).result

    const preview = await previewBundle(target.ctx.archive, content, 'tester')
    expect(preview.updated.articles.filter((id) => id === own).length).toBeLessThanOrEqual(1)
    expect(preview.added.articles).toEqual([twin])
    const ownTitle = (await target.ctx.archive.read(own)).article.title
    expect(preview.added.twins).toEqual([{ article: twin, title: 'Songmei (second copy)', sameTextAs: own, sameTextTitle: ownTitle, in: 'archive' }])
    expect(target.ctx.archive.list()).toHaveLength(before)

    const applied = await applyBundle(target.ctx.archive, content, 'tester')
    expect(applied).toEqual(preview)
    expect(target.ctx.archive.list()).toHaveLength(before + 1)
    expect(target.ctx.archive.has(songmei)).toBe(false)
    expect((await target.ctx.archive.read(twin)).article.title).toBe('Songmei (second copy)')
    expect((await target.ctx.archive.read(own)).versions[0]!.text).toBe(original.versions[0]!.text)
    await source.close()
    await target.close()
  }, 60_000)

  it('notes nothing when every bundle article has a text of its own', async () => {
    const source = await openApp()
    const ids = await importNews(source)
    const out = join(await tempDir('scriptorium-bundle-'), 'bundle.zip')
    await exportBundle(source.ctx.archive, { ids, formats: ['json'], out, version: 'test', locale: 'en' }, createTranslator('en')).result
    const target = await openApp()
    const content = await verifiedBundle(out).result
    const preview = await previewBundle(target.ctx.archive, content, 'tester')
    expect(preview.added.articles).toHaveLength(2)
    expect(preview.added).not.toHaveProperty('twins')
    expect(await applyBundle(target.ctx.archive, content, 'tester')).toEqual(preview)
    await source.close()
    await target.close()
  }, 60_000)

  it('names the first added copy when two bundle articles share a text the archive lacks', async () => {
    const source = await openApp()
    const [songmei] = await importNews(source)
    const original = await source.ctx.archive.read(songmei)
    await source.ctx.archive.create({ ...original, article: { ...original.article, id: 'songmei_twin', title: 'Songmei (second copy)' } })
    const out = join(await tempDir('scriptorium-bundle-'), 'bundle.zip')
    await exportBundle(source.ctx.archive, { ids: [songmei, 'songmei_twin'], formats: ['json'], out, version: 'test', locale: 'en' }, createTranslator('en')).result

    const target = await openApp()
    const before = target.ctx.archive.list().length
    const content = await verifiedBundle(out).result
    const preview = await previewBundle(target.ctx.archive, content, 'tester')
    const [first, second] = content.articles.map((a) => a.id)
    const titles: Record<string, string> = { [songmei]: original.article.title, songmei_twin: 'Songmei (second copy)' }
    expect(preview.added.twins).toEqual([{ article: second, title: titles[second!], sameTextAs: first, sameTextTitle: titles[first!], in: 'bundle' }])
    expect(await applyBundle(target.ctx.archive, content, 'tester')).toEqual(preview)
    expect(target.ctx.archive.list()).toHaveLength(before + 2)
    await source.close()
    await target.close()
  }, 60_000)
})
