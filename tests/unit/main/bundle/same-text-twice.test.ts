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
})
