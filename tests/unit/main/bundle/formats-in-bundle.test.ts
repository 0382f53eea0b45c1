import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { exportBundle } from '../../../../src/main/services/bundle/export-service'
import { availableFormats } from '../../../../src/main/services/bundle/formats'
import { readBundle } from '../../../../src/main/services/bundle/read-bundle'
import { readZipBag } from '../../../../src/main/services/bundle/zip-read'
import { fullArticle } from '../../../fixtures/bundle/full-article'
import { SCHEMA, validate, XMLLINT } from '../../../fixtures/xliff/xmllint'
import { failedMusts } from '../../shared/formats/web-annotation/w3c-schemas'
import { openApp, removeTempDirs, tempDir } from '../annotation/helpers'

afterEach(removeTempDirs)

const JING = '/usr/bin/jing'
const RNG = join(__dirname, '../../../validators/schemas/tei/tei_all.rng')

describe('a bundle with every format', () => {
  it('carries each format beside our JSON, each valid by its own validator, and still imports losslessly', async () => {
    const app = await openApp()
    const { id } = await fullArticle(app)
    const dir = await tempDir('scriptorium-formats-')
    const out = join(dir, 'all.zip')
    const formats = availableFormats()
    expect(formats).toEqual(['json', 'txt', 'wa', 'brat', 'conll', 'tei', 'xliff', 'html'])
    const summary = await exportBundle(app.ctx.archive, { ids: [id], formats, out, version: 'test', locale: 'zh-CN' }, createTranslator('en')).result
    const bag = await readZipBag(out, (path) => path.startsWith('data/'))
    expect(bag.problems).toEqual([])
    const folder = `data/articles/${id}`
    const names = [...bag.texts.keys()].filter((name) => name.startsWith(folder)).map((name) => name.slice(folder.length + 1)).sort()
    expect(names).toEqual(
      ['annotation.conf', 'annotations.jsonld', 'article.json', `${id}.tei.xml`, 'en.ann', 'en.conll', 'en.txt', 'en.xlf', 'visual.conf', 'zh.ann', 'zh.conll', 'zh.txt'].sort()
    )
    expect(summary.files).toBe(names.length + 4 + 4)

    const collection = JSON.parse(bag.texts.get(`${folder}/annotations.jsonld`)!)
    expect(failedMusts('collections/collectionMusts.test', collection)).toEqual([])
    for (const item of collection.first.items) expect(failedMusts('annotations/annotationMusts.test', item)).toEqual([])
    // Three mentions and one relation (a linking annotation).
    expect(collection.first.items).toHaveLength(4)

    if (existsSync(JING)) {
      const tei = join(dir, 'article.tei.xml')
      writeFileSync(tei, bag.texts.get(`${folder}/${id}.tei.xml`)!)
      expect(() => execFileSync(JING, [RNG, tei], { stdio: 'pipe' })).not.toThrow()
    }
    const xliff = bag.texts.get(`${folder}/en.xlf`)!
    expect(xliff).toMatch(/<xliff [^>]*version="2.1" srcLang="zh" trgLang="en"/)
    if (XMLLINT) expect(await validate(xliff, SCHEMA.xliff21)).toEqual({ ok: true, errors: '' })
    const html = bag.texts.get('data/index.html')!
    expect(html).toContain('<html lang="zh-CN"')
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    expect(bag.texts.get(`${folder}/zh.txt`)).toBe((await app.ok('getArticle', { id })).doc.versions[0]!.text)

    // The other formats never get in the way of our own: the bundle imports as before.
    expect((await readBundle(out)).content?.articles.map((a) => a.id)).toEqual([id])
    await app.close()
  }, 60_000)
})
