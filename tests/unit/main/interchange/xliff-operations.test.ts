import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { HEXI } from '../../../fixtures/news'
import { openApp, rangeOf, removeTempDirs } from '../annotation/helpers'
import { editAsCatTool } from '../../../fixtures/xliff/cat-tool'

afterEach(removeTempDirs)

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

async function withTranslation() {
  const app = await openApp()
  const [outcome] = await app.ok('importFiles', { paths: [HEXI.zh] })
  const id = outcome!.id!
  const added = await app.ok('addTranslation', { articleId: id, lang: 'en', text: await readFile(HEXI.mt, 'utf8'), engine: 'TestMT' })
  const shard = () => readFile(join(app.archiveDir, 'articles', `${id}.json`), 'utf8')
  return { app, id, revision: added.view.doc.revision, shard }
}

describe('exportXliff / importXliff', () => {
  it('links a mention to its Wikidata item in the exported file', async () => {
    const { app, id } = await withTranslation()
    const doc = (await app.ok('getArticle', { id })).doc
    const original = doc.versions[0]!
    await app.ok('addAnnotation', { articleId: id, source: original.id, ...rangeOf(original.text, '李明'), type: 'PERSON' })
    const annotation = (await app.ok('getArticle', { id })).doc.annotations[0]!
    await app.ok('createEntity', { type: 'PERSON', name: 'Li Ming', identifiers: { wikidata: 'Q7777' }, link: { articleId: id, annotationId: annotation.id } })
    const exported = await app.ok('exportXliff', { articleId: id, lang: 'en', version: '2.1' })
    expect(exported).toMatchObject({ fileName: `${id}.en.xlf`, units: 4 })
    expect(exported.content).toContain('its:taIdentRef="http://www.wikidata.org/entity/Q7777">李明</mrk>')
    await app.close()
  })

  it('marks the name projected onto the translation, so the target carries the entity too', async () => {
    const { app, id } = await withTranslation()
    const original = (await app.ok('getArticle', { id })).doc.versions[0]!
    await app.ok('addAnnotation', { articleId: id, source: original.id, ...rangeOf(original.text, '李明'), type: 'PERSON' })
    const annotation = (await app.ok('getArticle', { id })).doc.annotations[0]!
    await app.ok('createEntity', { type: 'PERSON', name: '李明', names: { en: 'Li Ming' }, identifiers: { wikidata: 'Q7777' }, link: { articleId: id, annotationId: annotation.id } })
    const { content } = await app.ok('exportXliff', { articleId: id, lang: 'en', version: '2.1' })
    const target = [...content.matchAll(/<target>([\s\S]*?)<\/target>/g)].map((m) => m[1]).join('')
    expect(target).toContain('its:taIdentRef="http://www.wikidata.org/entity/Q7777">Li Ming</mrk>')
    await app.close()
  })

  it('imports as one undo step; undo restores every row', async () => {
    const { app, id, revision } = await withTranslation()
    const before = await app.ok('getSegments', { articleId: id, lang: 'en' })
    const { content } = await app.ok('exportXliff', { articleId: id, lang: 'en', version: '2.1' })
    const edited = editAsCatTool(content, { 1: { state: 'reviewed', note: 'ok' }, 2: { replace: ['the the', 'the'] } })
    const result = await app.ok('importXliff', { data: base64(edited), articleId: id, revision })
    expect(result).toMatchObject({ id, lang: 'en', updated: [before.rows[0]!.id, before.rows[1]!.id], unknown: [], sourceChanged: [] })
    expect(result.change!.undo.canUndo).toBe(true)
    const history = (await app.ok('getArticle', { id })).doc.history.slice(-2)
    expect(history.map((e) => e.action)).toEqual(['translation.postEdit', 'translation.postEdit'])
    const undone = await app.ok('undo', { articleId: id })
    expect(undone.action).toBe('translation.xliffImport')
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows).toEqual(before.rows)
    await app.close()
  })

  it('never merges into the edit before it: undo takes back the import alone', async () => {
    const { app, id } = await withTranslation()
    const rows = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows
    await app.ok('postEdit', { articleId: id, lang: 'en', rowId: rows[0]!.id, status: 'translated' })
    const { content } = await app.ok('exportXliff', { articleId: id, lang: 'en', version: '2.1' })
    await app.ok('importXliff', { data: base64(editAsCatTool(content, { 1: { state: 'final' } })), articleId: id })
    expect((await app.ok('undo', { articleId: id })).action).toBe('translation.xliffImport')
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows[0]!.status).toBe('translated')
    await app.close()
  })

  it('applies all or nothing: one unit that cannot be applied refuses the whole file', async () => {
    const { app, id, shard } = await withTranslation()
    const { content } = await app.ok('exportXliff', { articleId: id, lang: 'en', version: '2.1' })
    const stored = await shard()
    const edited = editAsCatTool(content, { 1: { state: 'final' }, 3: { replace: ['35 million', '35\n\nmillion'] } })
    const error = await app.err('importXliff', { data: base64(edited), articleId: id })
    expect(error.code).toBe('segment.crossesParagraph')
    expect(await shard()).toBe(stored)
    await app.close()
  })

  it('refuses a file for another article, a stale revision, and an undecodable file', async () => {
    const { app, id, revision, shard } = await withTranslation()
    const { content } = await app.ok('exportXliff', { articleId: id, lang: 'en', version: '2.1' })
    const edited = base64(editAsCatTool(content, { 1: { state: 'final' } }))
    const stored = await shard()
    expect((await app.err('importXliff', { data: edited, articleId: 'someone-else' })).code).toBe('xliff.otherArticle')
    expect((await app.err('importXliff', { data: edited, articleId: id, revision: (revision ?? 0) + 5 })).code).toBe('article.changedElsewhere')
    const binary = Buffer.from([0xff, 0x00, 0x01, 0x02, 0x00, 0x00]).toString('base64')
    expect((await app.err('importXliff', { data: binary })).code).toBe('import.binary')
    expect(await shard()).toBe(stored)
    await app.close()
  })
})
