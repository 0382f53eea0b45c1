import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/ipc/result'
import { ArticleDoc } from '@shared/model'
import { importBytes, importFile } from '../../../../../src/main/services/import/import-file'
import { deps, FakeTarget } from '../../../../fixtures/import/helpers'
import { storedDoc } from '../../../../fixtures/import/stored-doc'
import { BAISHUI_ZH, LIANHE, SONGMEI } from '../../../../fixtures/news'

const dir = mkdtempSync(join(tmpdir(), 'scriptorium-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** The Chinese article, re-encoded here in the encodings Chinese archives arrive in. */
const ZH = readFileSync(BAISHUI_ZH.file, 'utf8')

describe('importFile', () => {
  it('imports a news article with its title, date, source, language and provenance', async () => {
    const target = new FakeTarget()
    const outcome = await importFile(SONGMEI.file, deps(target))
    expect(outcome).toMatchObject({ file: SONGMEI.file, status: 'imported', encoding: 'utf-8' })
    expect(outcome.title?.startsWith(SONGMEI.titleStart)).toBe(true)
    const doc = target.docs.get(outcome.id!)!
    expect(ArticleDoc.parse(doc)).toBeTruthy()
    expect(doc.article.id).toMatch(/^a_[0-9a-f]{16}$/)
    expect(doc.article).toMatchObject({ date: SONGMEI.date, source: SONGMEI.source, language: 'en', tags: [], importedAt: '2024-05-01T10:00:00.000Z' })
    expect(doc.article.origin).toMatchObject({ fileName: SONGMEI.fileName, format: 'txt', encoding: 'utf-8' })
    expect(doc.article.origin.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.versions).toHaveLength(1)
    expect(doc.versions[0]).toMatchObject({ lang: 'en', role: 'original', origin: 'unknown' })
    expect(doc.versions[0]!.id).toMatch(/^v_[0-9a-f]{16}$/)
    expect(doc.history).toEqual([
      { at: '2024-05-01T10:00:00.000Z', actor: 'tester', action: 'import', detail: { file: SONGMEI.fileName, format: 'txt', encoding: 'utf-8' } }
    ])
  })

  it('imports a text without title line or headers whole', async () => {
    const target = new FakeTarget()
    const outcome = await importFile(LIANHE.file, deps(target))
    expect(outcome.status).toBe('imported')
    expect(outcome.title?.startsWith(LIANHE.titleStart)).toBe(true)
    expect(target.docs.get(outcome.id!)!.versions[0]!.text).toBe(readFileSync(LIANHE.file, 'utf8').trimEnd())
  })

  it.each([
    ['GBK', 'zh-gbk.txt', iconv.encode(ZH, 'gbk'), 'gb18030'],
    ['UTF-16 LE', 'zh-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ZH, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE', 'zh-utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ZH, 'utf16be')]), 'utf-16be'],
    ['UTF-8 with BOM', 'zh-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH)]), 'utf-8-bom']
  ])('imports a Chinese %s file and detects Chinese', async (_, name, bytes, encoding) => {
    const target = new FakeTarget()
    const outcome = await importFile(file(name, bytes), deps(target))
    expect(outcome).toMatchObject({ status: 'imported', encoding, title: BAISHUI_ZH.title })
    const doc = target.docs.get(outcome.id!)!
    expect(doc.article).toMatchObject({ date: BAISHUI_ZH.date, source: BAISHUI_ZH.source, language: 'zh' })
    // Every character survives the round trip: the body is the UTF-8 file's, below the headers.
    expect(doc.versions[0]).toMatchObject({ lang: 'zh', text: ZH.slice(ZH.indexOf(BAISHUI_ZH.firstWords)).trimEnd() })
    expect(doc.versions[0]!.text.split('\n\n')).toHaveLength(BAISHUI_ZH.paragraphs)
  })

  it('imports markdown, HTML and our JSON', async () => {
    const target = new FakeTarget()
    const md = await importFile(file('note.md', '# A *markdown* article\n\nIts **only** paragraph.\n'), deps(target))
    expect(md).toMatchObject({ status: 'imported', title: 'A markdown article' })
    expect(target.docs.get(md.id!)!.versions[0]!.text).toBe('Its only paragraph.')
    const html = await importFile(
      file('page.htm', `<html><head><meta property="og:site_name" content="Site"></head><body><article><h1>Page title</h1><p>${'A sentence of the article body that goes on. '.repeat(8)}</p></article></body></html>`),
      deps(target)
    )
    expect(html).toMatchObject({ status: 'imported', title: 'Page title' })
    expect(target.docs.get(html.id!)!.article).toMatchObject({ source: 'Site', origin: { format: 'html' } })
    const json = await importFile(file('stored.json', JSON.stringify(storedDoc)), deps(target))
    expect(json).toMatchObject({ status: 'imported', title: 'Stored article' })
    const doc = target.docs.get(json.id!)!
    expect(doc.article.id).not.toBe(storedDoc.article.id)
    expect(doc.versions.map((v) => v.id)).toEqual(['v_1', 'v_2'])
    expect(doc.history.map((e) => e.action)).toEqual(['import', 'import'])
    expect(doc.article.origin.format).toBe('json')
  })

  it.each([
    ['an empty file', 'empty.txt', '', 'import.empty'],
    ['a whitespace-only file', 'blank.txt', ' \n\n \t\n', 'import.empty'],
    ['a binary file', 'image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'import.binary'],
    ['invalid UTF-8', 'latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait and more words')]), 'import.invalidEncoding'],
    ['an HTML page with no article', 'nav.html', '<html><body><nav><a href="/">Home</a></nav><script>var a = 1</script></body></html>', 'import.noArticle'],
    ['broken JSON', 'broken.json', '{"article": {', 'import.invalidJson'],
    ['an unsupported type', 'photo.png', 'not really a png', 'import.unsupportedType'],
    ['a file without extension', 'README', 'text', 'import.unsupportedType']
  ])('refuses %s with a translated reason', async (_, name, content, code) => {
    const target = new FakeTarget()
    const outcome = await importFile(file(name, content), deps(target))
    expect(outcome).toMatchObject({ status: 'failed', reasonCode: code })
    expect(outcome.reason).toBeTruthy()
    expect(outcome.reason).not.toContain(code)
    expect(target.docs.size).toBe(0)
  })

  it('translates reasons into Chinese with their parameters', async () => {
    const outcome = await importFile(file('x.docx', 'x'), deps(new FakeTarget(), 'zh-CN'))
    expect(outcome).toMatchObject({ reasonCode: 'import.unsupportedType', reasonParams: { extension: '.docx' } })
    expect(outcome.reason).toBe('无法导入“.docx”类型的文件。支持的类型：.txt、.md、.html、.json。')
  })

  it('refuses a missing path and a directory', async () => {
    expect(await importFile(join(dir, 'missing.txt'), deps())).toMatchObject({ status: 'failed', reasonCode: 'import.notFound' })
    mkdirSync(join(dir, 'folder.txt'), { recursive: true })
    expect(await importFile(join(dir, 'folder.txt'), deps())).toMatchObject({ status: 'failed', reasonCode: 'import.notAFile' })
  })

  it('refuses a 200 MB file quickly, without reading it into memory', async () => {
    const path = join(dir, 'huge.txt')
    writeFileSync(path, '')
    truncateSync(path, 200 * 1024 * 1024) // sparse: no disk cost
    const rssBefore = process.memoryUsage().rss
    const started = performance.now()
    const outcome = await importFile(path, deps())
    const elapsed = performance.now() - started
    expect(outcome).toMatchObject({ status: 'failed', reasonCode: 'import.tooLarge', reasonParams: { size: '200.0', limit: '20.0' } })
    expect(outcome.reason).toBe('The file is 200.0 MB; files over 20.0 MB are not imported.')
    expect(elapsed).toBeLessThan(500)
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * 1024 * 1024)
  })

  it('reports same text with different whitespace as a duplicate of the first', async () => {
    const target = new FakeTarget()
    const first = await importFile(file('one.txt', 'Title\n\nSome body   text\nhere.'), deps(target))
    const second = await importFile(file('two.txt', 'Other title\r\n\r\n  Some body text here.  \r\n'), deps(target))
    expect(first.status).toBe('imported')
    expect(second).toMatchObject({ status: 'duplicate', id: first.id })
    expect(target.docs.size).toBe(1)
  })

  it('reports a failing archive write as that file’s failure', async () => {
    const archiveFull = new FakeTarget(() => new AppFailure('archive.unwritable', 'disk full', { path: '/archive', detail: 'ENOSPC' }))
    const outcome = await importFile(SONGMEI.file, deps(archiveFull))
    expect(outcome).toMatchObject({ status: 'failed', reasonCode: 'archive.unwritable', encoding: 'utf-8' })
    expect(outcome.reason).toBe('The archive at /archive cannot be written: ENOSPC')
    const crashing = await importFile(SONGMEI.file, deps(new FakeTarget(() => new Error('boom'))))
    expect(crashing).toMatchObject({ status: 'failed', reasonCode: 'import.writeFailed', reasonParams: { detail: 'boom' } })
  })
})

describe('importBytes', () => {
  it('imports content sent by the browser, named by its file name', async () => {
    const target = new FakeTarget()
    const outcome = await importBytes('C:\\Users\\me\\news.md', Buffer.from('# Dropped\n\nDropped text.'), deps(target))
    expect(outcome).toMatchObject({ file: 'C:\\Users\\me\\news.md', status: 'imported', title: 'Dropped' })
    expect(target.docs.get(outcome.id!)!.article.origin.fileName).toBe('news.md')
  })

  it('lets only one of two simultaneous drops of the same text in', async () => {
    const target = new FakeTarget()
    const outcomes = await Promise.all([
      importBytes('a.txt', Buffer.from('Same\n\nSame text.'), deps(target)),
      importBytes('b.txt', Buffer.from('Same\n\nSame   text.'), deps(target))
    ])
    expect(outcomes.map((o) => o.status).sort()).toEqual(['duplicate', 'imported'])
    expect(target.docs.size).toBe(1)
  })

  it('refuses empty and oversized content', async () => {
    expect(await importBytes('e.txt', new Uint8Array(), deps())).toMatchObject({ status: 'failed', reasonCode: 'import.empty' })
    expect(await importBytes('big.txt', new Uint8Array(21 * 1024 * 1024), deps())).toMatchObject({ status: 'failed', reasonCode: 'import.tooLarge' })
  })
})
