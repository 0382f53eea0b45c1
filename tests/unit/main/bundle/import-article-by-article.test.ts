import { copyFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { exportBundle } from '../../../../src/main/services/bundle/export-service'
import { applyBundle, previewBundle, verifiedBundle } from '../../../../src/main/services/bundle/import-service'
import { importNews, openApp, removeTempDirs, tempDir, type TestApp } from '../annotation/helpers'

afterEach(removeTempDirs)

const t = createTranslator('en')

async function exportTo(app: TestApp, ids: string[], name: string): Promise<string> {
  const out = join(await tempDir('scriptorium-bundle-'), name)
  await exportBundle(app.ctx.archive, { ids, formats: ['json', 'txt'], out, version: 'test', locale: 'en' }, t).result
  return out
}

describe('bundle import, article by article', () => {
  it('lists the articles of a checked bundle (ids, digests) rather than holding them, and imports them all', async () => {
    const source = await openApp()
    const ids = await importNews(source)
    const zip = await exportTo(source, ids, 'bundle.zip')
    const content = await verifiedBundle(zip).result
    expect(content.articles.map((a) => a.id)).toEqual([...ids].sort())
    expect(content.articles.every((a) => /^[0-9a-f]{64}$/.test(a.sha256) && /^[0-9a-f]{64}$/.test(a.textHash))).toBe(true)
    expect(content).not.toHaveProperty('docs')

    const target = await openApp()
    expect((await previewBundle(target.ctx.archive, content, 'tester')).added.articles).toEqual([...ids].sort())
    await applyBundle(target.ctx.archive, content, 'tester')
    expect(ids.every((id) => target.ctx.archive.has(id))).toBe(true)
    expect(await readdir(join(target.ctx.archive.dir, 'journal'))).toEqual([])
    await source.close()
    await target.close()
  }, 60_000)

  it('refuses a bundle replaced after it was checked, and imports nothing of it', async () => {
    const source = await openApp()
    const ids = await importNews(source)
    const zip = await exportTo(source, ids, 'bundle.zip')
    const content = await verifiedBundle(zip).result
    // Another bundle (the first article alone) now at the checked path: the first article still
    // matches its digest and is merged, the second is gone, so the import stops midway.
    await copyFile(await exportTo(source, [ids[0]!], 'bundle.zip'), zip)

    const target = await openApp()
    await expect(applyBundle(target.ctx.archive, content, 'tester')).rejects.toMatchObject({ code: 'bundle.changed' })
    await expect(previewBundle(target.ctx.archive, content, 'tester')).rejects.toMatchObject({ code: 'bundle.changed' })
    expect(target.ctx.archive.list().filter((s) => ids.includes(s.id))).toEqual([])
    expect(await readdir(join(target.ctx.archive.dir, 'journal'))).toEqual([])
    await source.close()
    await target.close()
  }, 60_000)
})
