import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { call } from '../../../../src/main/dispatch'
import { HEXI } from '../../../fixtures/news'
import { openApp, rangeOf, removeTempDirs, type TestApp } from '../annotation/helpers'

afterEach(removeTempDirs)

async function withArticle(language: 'en' | 'zh-CN' = 'en'): Promise<{ app: TestApp; id: string; mt: string }> {
  const app = await openApp(language)
  const [outcome] = await app.ok('importFiles', { paths: [HEXI.zh] })
  const mt = await readFile(HEXI.mt, 'utf8')
  return { app, id: outcome!.id!, mt }
}

const shard = (app: TestApp, id: string) => readFile(join(app.archiveDir, 'articles', `${id}.json`), 'utf8')

describe('translation operations', () => {
  it('adds a machine translation: a version, one row per aligned sentence, the MT kept', async () => {
    const { app, id, mt } = await withArticle()
    const added = await app.ok('addTranslation', { articleId: id, lang: 'en', text: mt.replace(/\n/g, '\r\n'), engine: 'TestMT' })
    expect(added.segments).toBe(HEXI.sentences)
    const version = added.view.doc.versions.find((v) => v.id === added.versionId)!
    expect(version).toMatchObject({ lang: 'en', role: 'translation', origin: 'machine', engine: 'TestMT', text: mt })
    const view = await app.ok('getSegments', { articleId: id, lang: 'en' })
    expect(view).toMatchObject({ versionId: added.versionId, lang: 'en', sourceLang: 'zh', engine: 'TestMT', effort: { hter: null, seconds: 0, edited: 0 } })
    expect(view.rows.map((r) => r.index)).toEqual([1, 2, 3, 4])
    expect(view.rows[1]).toMatchObject({ source: '市长李明出席活动并致辞。', target: 'Mayor Li Ming attended the the event and delivered a speech.', status: 'initial', hter: null })
    expect(view.rows.every((r) => r.mt === r.target)).toBe(true)
    await app.close()
  })

  it('post-edits a segment: text, status, seconds, HTER; undo and redo; history names the action', async () => {
    const { app, id, mt } = await withArticle()
    const { view: before } = await app.ok('addTranslation', { articleId: id, lang: 'en', text: mt })
    const rows = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows
    const edited = await app.ok('postEdit', {
      articleId: id,
      revision: before.doc.revision,
      lang: 'en',
      rowId: rows[1]!.id,
      text: 'Mayor Li Ming attended the event and delivered a speech.',
      status: 'translated',
      seconds: 7.5
    })
    expect(edited.delta.texts).toHaveLength(1)
    expect(edited.delta.versions).toBeUndefined()
    expect(edited.view.doc.history.at(-1)!.action).toBe('translation.postEdit')
    const after = await app.ok('getSegments', { articleId: id, lang: 'en' })
    expect(after.rows[1]).toMatchObject({ target: 'Mayor Li Ming attended the event and delivered a speech.', mt: rows[1]!.mt, status: 'translated', seconds: 7.5 })
    expect(after.rows[1]!.hter).toBeGreaterThan(0)
    expect(after.rows[2]!.target).toBe(rows[2]!.target)
    expect(after.effort).toMatchObject({ edited: 1, seconds: 7.5 })
    const undone = await app.ok('undo', { articleId: id })
    expect(undone.action).toBe('translation.postEdit')
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows).toEqual(rows)
    await app.ok('redo', { articleId: id })
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows).toEqual(after.rows)
    // Two quick text edits of one row are two undo steps: each undoes exactly its own patch.
    await app.ok('postEdit', { articleId: id, lang: 'en', rowId: rows[1]!.id, text: 'Mayor Li attended.' })
    await app.ok('postEdit', { articleId: id, lang: 'en', rowId: rows[1]!.id, text: 'Mayor Li Ming attended the festival.' })
    await app.ok('undo', { articleId: id })
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows[1]!.target).toBe('Mayor Li attended.')
    await app.ok('undo', { articleId: id })
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows).toEqual(after.rows)
    await app.close()
  })

  it('annotations on the translation follow an edit before them and are tagged by --lang', async () => {
    const { app, id, mt } = await withArticle()
    const { versionId } = await app.ok('addTranslation', { articleId: id, lang: 'en', text: mt })
    const tagged = await app.ok('addAnnotation', { articleId: id, source: versionId, ...rangeOf(mt, 'Li Ming', 1), type: 'PERSON' })
    const annotation = tagged.delta.annotations.put[0]!
    const rows = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows
    await app.ok('postEdit', { articleId: id, lang: 'en', rowId: rows[1]!.id, text: 'Mayor Li Ming attended the event.' })
    const doc = (await app.ok('getArticle', { id })).doc
    const moved = doc.annotations.find((a) => a.id === annotation.id)!
    const text = doc.versions.find((v) => v.id === versionId)!.text
    expect([...text].slice(moved.target.position.start, moved.target.position.end).join('')).toBe('Li Ming')
    expect(moved.target.position.start).toBeLessThan(annotation.target.position.start)
    await app.close()
  })

  it('splits, merges, ignores a QA check and marks machine translation, each one undo step', async () => {
    const { app, id, mt } = await withArticle()
    await app.ok('addTranslation', { articleId: id, lang: 'en', text: mt })
    const rows = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows
    const at = rows[0]!.targetSpan.start + [...'On September 22,'].length
    await app.ok('splitSegment', { articleId: id, lang: 'en', rowId: rows[0]!.id, side: 'target', at })
    const split = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows
    expect(split).toHaveLength(5)
    expect(split[1]!.source).toBe('')
    await app.ok('mergeSegments', { articleId: id, lang: 'en', rowId: split[0]!.id })
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows).toHaveLength(4)
    const ignored = await app.ok('ignoreQaFinding', { articleId: id, lang: 'en', rowId: rows[2]!.id, check: 'numbers', ignored: true })
    expect(ignored.delta.alignments?.rows[0]?.rows.put).toHaveLength(1)
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows[2]!.ignored).toEqual(['numbers'])
    await app.close()
  })

  it('marks an English article as machine translation with no original: monolingual rows', async () => {
    const app = await openApp()
    const [outcome] = await app.ok('importFiles', { paths: [HEXI.mt] })
    const id = outcome!.id!
    await app.ok('markMachineTranslation', { articleId: id, engine: 'OldMT' })
    const view = await app.ok('getSegments', { articleId: id, lang: 'en' })
    expect(view).toMatchObject({ sourceVersionId: null, sourceLang: null, engine: 'OldMT' })
    expect(view.rows.length).toBeGreaterThan(1)
    expect(view.rows.every((r) => r.source === null && r.sourceSpan === null && r.mt === r.target)).toBe(true)
    expect((await app.err('markMachineTranslation', { articleId: id })).code).toBe('translation.alreadyMarked')
    await app.close()
  })

  it('runs QA with messages in the interface language', async () => {
    const { app, id } = await withArticle()
    await app.ok('addTranslation', { articleId: id, lang: 'en', text: 'Nine.\n\n市长李明出席活动并致辞。' })
    const { findings } = await app.ok('runQa', { articleId: id, lang: 'en' })
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) {
      expect(finding).toMatchObject({ rowId: expect.any(String), segment: expect.any(Number), check: expect.any(String), severity: expect.any(String) })
      expect(finding.message.length).toBeGreaterThan(0)
    }
    await app.close()
  })

  it('refuses unknown article, language, row, bad status and bad split, storing nothing', async () => {
    const { app, id, mt } = await withArticle()
    await app.ok('addTranslation', { articleId: id, lang: 'en', text: mt })
    const rows = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows
    const stored = await shard(app, id)
    const rowId = rows[0]!.id
    expect((await app.err('postEdit', { articleId: 'nope', lang: 'en', rowId, status: 'final' })).code).toBe('article.notFound')
    expect((await app.err('getSegments', { articleId: 'nope', lang: 'en' })).code).toBe('article.notFound')
    const noLang = await app.err('postEdit', { articleId: id, lang: 'fr', rowId, status: 'final' })
    expect(noLang).toMatchObject({ code: 'translation.languageNotFound', field: 'lang' })
    expect(noLang.message).toContain('fr')
    expect((await app.err('getSegments', { articleId: id, lang: 'fr' })).code).toBe('translation.languageNotFound')
    expect((await app.err('runQa', { articleId: id, lang: 'fr' })).code).toBe('translation.languageNotFound')
    expect((await app.err('postEdit', { articleId: id, lang: 'en', rowId: 'n_missing', status: 'final' })).code).toBe('segment.notFound')
    expect((await app.err('mergeSegments', { articleId: id, lang: 'en', rowId: 'n_missing' })).code).toBe('segment.notFound')
    const badStatus = await call(app.dispatch, 'postEdit', { articleId: id, lang: 'en', rowId, status: 'done' as 'final' })
    expect(!badStatus.ok && badStatus.error).toMatchObject({ code: 'ipc.invalidInput', field: 'status' })
    expect((await app.err('splitSegment', { articleId: id, lang: 'en', rowId, side: 'target', at: rows[0]!.targetSpan.start })).code).toBe('segment.invalidSplit')
    expect((await app.err('mergeSegments', { articleId: id, lang: 'en', rowId: rows[3]!.id })).code).toBe('segment.last')
    expect((await app.err('addTranslation', { articleId: id, lang: 'en', text: mt })).code).toBe('translation.exists')
    expect((await app.err('addTranslation', { articleId: id, lang: 'fr', text: ' \n ' })).code).toBe('translation.emptyText')
    expect((await app.err('addTranslation', { articleId: id, lang: 'not a tag', text: 'x' })).code).toBe('translation.invalidLanguage')
    expect((await app.err('postEdit', { articleId: id, lang: 'en', rowId, text: 'a\n\nb' })).code).toBe('segment.crossesParagraph')
    expect((await app.err('postEdit', { articleId: id, revision: 0, lang: 'en', rowId, status: 'final' })).code).toBe('article.changedElsewhere')
    expect(await shard(app, id)).toBe(stored)
    await app.close()
  })

  it('speaks Chinese when the interface does', async () => {
    const { app, id } = await withArticle('zh-CN')
    const error = await app.err('getSegments', { articleId: id, lang: 'fr' })
    expect(error.message).toBe('此文章没有“fr”译文。')
    await app.close()
  })
})
