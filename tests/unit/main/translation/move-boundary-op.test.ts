import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { HEXI } from '../../../fixtures/news'
import { openApp, removeTempDirs } from '../annotation/helpers'

afterEach(removeTempDirs)

describe('moveBoundary through the dispatcher', () => {
  it('moves a sentence across a row boundary, undoes it exactly, and refuses the last row without writing', async () => {
    const app = await openApp('en')
    const [outcome] = await app.ok('importFiles', { paths: [HEXI.zh] })
    const id = outcome!.id!
    await app.ok('addTranslation', { articleId: id, lang: 'en', text: await readFile(HEXI.mt, 'utf8'), engine: 'TestMT' })
    const before = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows
    const change = await app.ok('moveBoundary', { articleId: id, lang: 'en', rowId: before[0]!.id, side: 'source', direction: 'down' })
    expect(change.undo.undoLabel?.action).toBe('translation.moveBoundary')
    const moved = (await app.ok('getSegments', { articleId: id, lang: 'en' })).rows
    // 1-1 + 1-1 → 2-1 + 0-1: the second sentence joins the first row's source.
    expect(moved[0]!.source).toBe(before[0]!.source! + before[1]!.source!)
    expect(moved[1]!.source).toBe('')
    expect(moved.map((r) => r.target)).toEqual(before.map((r) => r.target))
    // Across a paragraph break it is refused.
    expect((await app.err('moveBoundary', { articleId: id, lang: 'en', rowId: before[1]!.id, side: 'target', direction: 'down' })).code).toBe('segment.crossesParagraph')
    await app.ok('undo', { articleId: id })
    expect((await app.ok('getSegments', { articleId: id, lang: 'en' })).rows).toEqual(before)
    const stored = await readFile(join(app.archiveDir, 'articles', `${id}.json`), 'utf8')
    expect((await app.err('moveBoundary', { articleId: id, lang: 'en', rowId: before.at(-1)!.id, side: 'target', direction: 'down' })).code).toBe('segment.lastBoundary')
    expect(await readFile(join(app.archiveDir, 'articles', `${id}.json`), 'utf8')).toBe(stored)
    await app.close()
  })
})
