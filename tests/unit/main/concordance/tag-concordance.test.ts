import { afterEach, describe, expect, it } from 'vitest'
import { importNews, openApp, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const itemsOf = (lines: Array<{ id: string; version: string; start: number; end: number; match: string }>) =>
  lines.map(({ id, version, start, end, match }) => ({ articleId: id, version, start, end, match }))

async function withNews() {
  app = await openApp()
  const [songmei, lianhe] = await importNews(app)
  const found = await app.ok('concordance', { query: 'Ma Qiuyun' })
  return { app, songmei, lianhe, found }
}

describe('the archive concordance', () => {
  it('lists every occurrence across articles with its place, counts and a line limit', async () => {
    const { app, songmei, lianhe, found } = await withNews()
    expect(new Set(found.lines.map((l) => l.id))).toEqual(new Set([songmei, lianhe]))
    expect(found).toMatchObject({ articles: 2, capped: false })
    expect(found.total).toBe(found.lines.length)
    for (const line of found.lines) {
      const doc = (await app.ok('getArticle', { id: line.id })).doc
      const text = doc.versions.find((v) => v.id === line.version)!.text
      expect([...text].slice(line.start, line.end).join('')).toBe('Ma Qiuyun')
      expect(line).toMatchObject({ lang: 'en', role: 'original', match: 'Ma Qiuyun', title: doc.article.title })
    }
    const one = await app.ok('concordance', { query: 'ma  QIUYUN', limit: 1 })
    expect(one.lines).toHaveLength(1)
    expect(one.total).toBe(found.total)
    expect((await app.err('concordance', { query: ' "" ' })).code).toBe('concordance.empty')
  })
})

describe('tag these', () => {
  it('tags every chosen occurrence in one step across articles, skips tagged ones, and undoes as one', async () => {
    const { app, songmei, lianhe, found } = await withNews()
    const entity = await app.ok('createEntity', { type: 'PERSON', name: 'Ma Qiuyun' })
    // One occurrence is tagged PERSON already: it is skipped, never doubled.
    const first = found.lines[0]!
    await app.ok('addAnnotation', { articleId: first.id, source: first.version, start: first.start, end: first.end, type: 'PERSON' })

    const done = await app.ok('tagConcordance', { items: itemsOf(found.lines), type: 'PERSON', entity: entity.id })
    expect(done).toMatchObject({ tagged: found.total - 1, articles: 2, skipped: 1 })
    expect(done.undo).toMatchObject({ canUndo: true, undoAction: 'annotation.tagOccurrences' })
    for (const id of [songmei, lianhe]) {
      const doc = (await app.ok('getArticle', { id })).doc
      const mine = found.lines.filter((l) => l.id === id)
      expect(doc.annotations).toHaveLength(mine.length)
      expect(doc.annotations.every((a) => a.type === 'PERSON')).toBe(true)
      // The history names who and when.
      const event = doc.history.at(-1)!
      expect(event).toMatchObject({ action: 'annotation.addMany' })
      expect(event.actor).not.toBe('')
      expect(Date.parse(event.at)).not.toBeNaN()
    }
    expect((await app.ok('getEntity', { id: entity.id })).entity.mentionCount).toBe(found.total - 1)

    const undone = await app.ok('undo', { scope: 'library' })
    expect(undone.action).toBe('annotation.tagOccurrences')
    expect((await app.ok('getArticle', { id: first.id })).doc.annotations).toHaveLength(1)
    const other = first.id === songmei ? lianhe : songmei
    expect((await app.ok('getArticle', { id: other })).doc.annotations).toHaveLength(0)
    await app.ok('redo', { scope: 'library' })
    expect((await app.ok('getArticle', { id: other })).doc.annotations).toHaveLength(found.lines.filter((l) => l.id === other).length)
  })

  it('is all or nothing: one occurrence that moved refuses the whole change and writes nothing', async () => {
    const { app, songmei, lianhe, found } = await withNews()
    const items = itemsOf(found.lines)
    const stale = items.findIndex((item) => item.articleId === lianhe)
    items[stale] = { ...items[stale]!, start: items[stale]!.start + 1, end: items[stale]!.end + 1 }
    const revisions = async () => Promise.all([songmei, lianhe].map(async (id) => (await app.ok('getArticle', { id })).doc.revision))
    const before = await revisions()
    expect((await app.err('tagConcordance', { items, type: 'PERSON' })).code).toBe('concordance.stale')
    // An unknown type fails in the command, after the first article was planned: still nothing written.
    expect((await app.err('tagConcordance', { items: itemsOf(found.lines), type: 'NOPE' })).code).toBe('annotation.unknownType')
    expect(await revisions()).toEqual(before)
    expect((await app.ok('undoState', { scope: 'library' })).canUndo).toBe(false)
    for (const id of [songmei, lianhe]) expect((await app.ok('getArticle', { id })).doc.annotations).toEqual([])
  })

  it('says so when every chosen occurrence is tagged already, and records no step', async () => {
    const { app, found } = await withNews()
    await app.ok('tagConcordance', { items: itemsOf(found.lines), type: 'PERSON' })
    expect((await app.err('tagConcordance', { items: itemsOf(found.lines), type: 'PERSON' })).code).toBe('annotation.allTagged')
    await app.ok('undo', { scope: 'library' })
    expect((await app.ok('undoState', { scope: 'library' })).canUndo).toBe(false)
  })
})
