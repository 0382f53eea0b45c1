import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { exportBundle } from '../../../../src/main/services/bundle/export-service'
import { applyBundle, previewBundle } from '../../../../src/main/services/bundle/import-service'
import { readBundle } from '../../../../src/main/services/bundle/read-bundle'
import { readZipBag } from '../../../../src/main/services/bundle/zip-read'
import { fullArticle } from '../../../fixtures/bundle/full-article'
import { openApp, removeTempDirs, tempDir, type TestApp } from '../annotation/helpers'

afterEach(removeTempDirs)

const t = createTranslator('en')

async function exportTo(app: TestApp, ids: string[]): Promise<string> {
  const out = join(await tempDir('scriptorium-bundle-'), 'bundle.zip')
  await exportBundle(app.ctx.archive, { ids, formats: ['json'], out, version: 'test', locale: 'en' }, t).result
  return out
}

/** Every payload file's bytes, by path. */
async function payload(zip: string): Promise<Map<string, string>> {
  const bag = await readZipBag(zip, (path) => path.startsWith('data/'))
  expect(bag.problems).toEqual([])
  return bag.texts
}

describe('bundle round trip', () => {
  it('export → import into an empty archive → export gives the same payload, over every feature', async () => {
    const source = await openApp()
    const { id, entity } = await fullArticle(source)
    const first = await exportTo(source, [id])
    const original = (await source.ok('getArticle', { id })).doc

    const target = await openApp()
    const content = (await readBundle(first)).content!
    expect(content.entities.map((e) => e.id)).toEqual([entity])
    const preview = await previewBundle(target.ctx.archive, content, 'tester')
    expect(preview.added.articles).toEqual([id])
    expect(preview.added.annotations).toBe(3)
    expect(preview.added.entities).toEqual([entity])
    expect(target.ctx.archive.has(id)).toBe(false)
    await applyBundle(target.ctx.archive, content, 'tester')

    const imported = (await target.ok('getArticle', { id })).doc
    const { revision: _a, ...a } = original
    const { revision: _b, ...b } = imported
    expect(b).toEqual(a)
    expect(imported.alignments[0]!.rows[1]).toMatchObject({ status: 'reviewed', note: 'doubled word fixed', seconds: 12 })
    expect(target.ctx.archive.registry().entities.find((e) => e.id === entity)?.identifiers.wikidata).toBe('Q4242424')

    const second = await exportTo(target, [id])
    expect(await payload(second)).toEqual(await payload(first))
    await source.close()
    await target.close()
  }, 60_000)

  it('importing the same bundle again changes nothing', async () => {
    const source = await openApp()
    const { id } = await fullArticle(source)
    const zip = await exportTo(source, [id])
    const content = (await readBundle(zip)).content!
    await applyBundle(source.ctx.archive, content, 'tester')
    const before = (await source.ok('getArticle', { id })).doc
    const again = await previewBundle(source.ctx.archive, content, 'tester')
    expect(again).toEqual({ added: { articles: [], annotations: 0, entities: [], types: [], relationTypes: [] }, updated: { articles: [], annotations: 0 }, conflicts: [] })
    expect((await source.ok('getArticle', { id })).doc).toEqual(before)
    await source.close()
  }, 60_000)
})
