import { afterEach, describe, expect, it } from 'vitest'
import { openApp, type TestApp } from '../../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

describe('importContent with annotated files (the import dialog)', () => {
  it('imports a .txt with the .ann sent beside it as one annotated article, counted in the outcome', async () => {
    app = await openApp()
    const outcome = await app.ok('importContent', { name: 'hu.txt', data: b64('Hu Tao visited Fuxin.'), ann: b64('T1\tPERSON 0 6\tHu Tao\nT2\tTOWN 15 20\tFuxin\n') })
    expect(outcome).toMatchObject({ status: 'imported', annotations: 2 })
    const { doc } = await app.ok('getArticle', { id: outcome.id! })
    expect(doc.annotations.map((a) => `${a.type}:${a.target.quote.exact}`)).toEqual(['PERSON:Hu Tao', 'TOWN:Fuxin'])
    const registry = await app.ok('getRegistry', {})
    expect(registry.schema.types.map((t) => t.name)).toContain('TOWN')
  })

  it('imports doccano JSONL as several articles, and refuses a bad .ann without writing anything', async () => {
    app = await openApp('zh-CN')
    const doccano = `${JSON.stringify({ text: '胡涛在阜新。', label: [[0, 2, 'PERSON']] })}\n${JSON.stringify({ text: 'Li Na left.', label: [[0, 5, 'PERSON']] })}\n`
    const many = await app.ok('importContent', { name: 'x.jsonl', data: b64(doccano) })
    expect(many).toMatchObject({ status: 'imported', annotations: 2, articles: [expect.any(String), expect.any(String)] })
    const before = await app.ok('listArticles', {})
    const bad = await app.ok('importContent', { name: 'y.txt', data: b64('Hu Tao'), ann: b64('T1\tPERSON 0 9\tHu Tao\n') })
    expect(bad).toMatchObject({ status: 'failed', reasonCode: 'import.annOffsetPastEnd', reasonParams: { line: 1, end: 9, length: 6 } })
    expect(bad.reason).toBe('.ann 文件第 1 行的偏移超出了文本末尾（偏移 9，文本只有 6 个字符）。')
    const jsonld = await app.ok('importContent', { name: 'h.jsonld', data: b64('{}') })
    expect(jsonld).toMatchObject({ status: 'failed', reasonCode: 'import.needsArticle' })
    expect(await app.ok('listArticles', {})).toEqual(before)
  })
})
