import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { call, createDispatcher } from '../../../../src/main/dispatch'
import { createHandlers } from '../../../../src/main/handlers'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { openApp, removeTempDirs, tempDir, type TestApp } from '../annotation/helpers'
import { HEDONG_FIRST, HEXI_FIRST, HEXI_FIRST_EN, twoHarvests } from './fixtures'

afterEach(removeTempDirs)

const matchesFor = (app: TestApp, articleId: string, rowId: string, text = HEDONG_FIRST) =>
  app.ok('memoryMatches', { text, sourceLang: 'zh', targetLang: 'en', articleId, rowId })

/** Opens the same archive again, as the next start of the app would. */
async function reopen(app: TestApp) {
  await app.close()
  const t = createTranslator('en')
  const ctx = await AppContext.start({ archiveDir: app.archiveDir, settings: await SettingsStore.open(app.home), t, mode: 'browser' })
  const dispatch = createDispatcher(createHandlers(ctx), t)
  return { ctx, dispatch }
}

describe('the translation memory', () => {
  it('offers a confirmed row of another article as a fuzzy match, with its score, differences and article', async () => {
    const app = await openApp()
    const { hexi, hedong, hedongRows } = await twoHarvests(app, app.home)
    const [match, ...rest] = await matchesFor(app, hedong, hedongRows[0]!)
    expect(rest).toEqual([])
    // 25 tokens (Chinese by character), 2 differ: 22→29, 西→东.
    expect(match).toMatchObject({ score: 0.92, source: HEXI_FIRST, target: HEXI_FIRST_EN, articleId: hexi, articleTitle: '河西村举办丰收节', status: 'translated' })
    expect(match!.diff.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['removed', '22'],
      ['added', '29'],
      ['removed', '西'],
      ['added', '东']
    ])
    // The segment itself is never its own match.
    const hexiRows = (await app.ok('getSegments', { articleId: hexi, lang: 'en' })).rows
    expect(await matchesFor(app, hexi, hexiRows[0]!.id, HEXI_FIRST)).toEqual([])
    await app.close()
  })

  it('follows un-confirming, deleting and restoring, and saves the index under index/', async () => {
    const app = await openApp()
    const { hexi, hedong, hexiRows, hedongRows } = await twoHarvests(app, app.home)
    expect(await matchesFor(app, hedong, hedongRows[0]!)).toHaveLength(1)
    await app.ok('postEdit', { articleId: hexi, lang: 'en', rowId: hexiRows[0]!, status: 'initial' })
    expect(await matchesFor(app, hedong, hedongRows[0]!)).toEqual([])
    await app.ok('postEdit', { articleId: hexi, lang: 'en', rowId: hexiRows[0]!, status: 'final' })
    expect((await matchesFor(app, hedong, hedongRows[0]!))[0]?.status).toBe('final')
    await app.ok('deleteArticles', { ids: [hexi] })
    expect(await matchesFor(app, hedong, hedongRows[0]!)).toEqual([])
    await app.ok('restoreFromTrash', { articles: [hexi], entities: [] })
    expect(await matchesFor(app, hedong, hedongRows[0]!)).toHaveLength(1)
    const saved = JSON.parse(await readFile(join(app.archiveDir, 'index', 'memory.json'), 'utf8')) as { format: number; articles: Record<string, unknown> }
    expect(saved.format).toBe(1)
    expect(Object.keys(saved.articles)).toContain(hexi)
    await app.close()
  })

  it('reads again a shard changed behind its back (stale index), and rebuilds a damaged index', async () => {
    const app = await openApp()
    const { hexi, hedong, hedongRows } = await twoHarvests(app, app.home)
    expect(await matchesFor(app, hedong, hedongRows[0]!)).toHaveLength(1)
    await app.close()
    // Another Scriptorium (or a crash before the index was saved) un-confirmed the row.
    const shardFile = join(app.archiveDir, 'articles', `${hexi}.json`)
    const shard = JSON.parse(await readFile(shardFile, 'utf8')) as { alignments: { rows: { status: string }[] }[] }
    for (const alignment of shard.alignments) for (const row of alignment.rows) row.status = 'initial'
    await writeFile(shardFile, JSON.stringify(shard, null, 2))
    let again = await reopen(app)
    const stale = await call(again.dispatch, 'memoryMatches', { text: HEDONG_FIRST, sourceLang: 'zh', targetLang: 'en', articleId: hedong, rowId: hedongRows[0]! })
    expect(stale).toEqual({ ok: true, value: [] })
    await again.ctx.close()
    await writeFile(join(app.archiveDir, 'index', 'memory.json'), '{ not json')
    again = await reopen({ ...app, close: () => Promise.resolve() })
    const concordance = await call(again.dispatch, 'memoryConcordance', { text: '丰收节', side: 'source' })
    expect(concordance).toEqual({ ok: true, value: { hits: [] } })
    expect(JSON.parse(await readFile(join(app.archiveDir, 'index', 'memory.json'), 'utf8'))).toMatchObject({ format: 1 })
    await again.ctx.close()
  })

  it('finds units by concordance on either side, CJK-aware', async () => {
    const app = await openApp()
    const { hexi } = await twoHarvests(app, app.home)
    const { hits } = await app.ok('memoryConcordance', { text: '丰收', side: 'source' })
    expect(hits).toEqual([expect.objectContaining({ source: HEXI_FIRST, articleId: hexi, side: 'source', ranges: [{ start: 22, end: 24 }] })])
    const english = await app.ok('memoryConcordance', { text: 'harvest festival', side: 'target' })
    expect(english.hits[0]?.ranges).toEqual([{ start: HEXI_FIRST_EN.indexOf('Harvest'), end: HEXI_FIRST_EN.indexOf('Harvest') + 16 }])
    await app.close()
  })
})

describe('TMX export and import', () => {
  it('round-trips the memory into an empty archive: the same units', async () => {
    const app = await openApp()
    await twoHarvests(app, app.home)
    const exported = await app.ok('exportTmx', {})
    expect(exported).toMatchObject({ fileName: 'translation-memory.tmx', units: 1 })
    const other = await openApp()
    const imported = await other.ok('importTmx', { name: 'memory.tmx', data: Buffer.from(exported.text).toString('base64') })
    expect(imported).toEqual({ added: 1, unchanged: 0, skipped: 0 })
    expect(await other.ok('importTmx', { name: 'memory.tmx', data: Buffer.from(exported.text).toString('base64') })).toEqual({ added: 0, unchanged: 1, skipped: 0 })
    const { hits } = await other.ok('memoryConcordance', { text: '丰收节', side: 'source' })
    expect(hits.map((h) => [h.source, h.target, h.sourceLang, h.targetLang, h.articleId])).toEqual([[HEXI_FIRST, HEXI_FIRST_EN, 'zh', 'en', null]])
    const again = await other.ok('exportTmx', {})
    const body = (text: string) => text.slice(text.indexOf('<body>')).replace(/\s*<prop type="x-article">[^<]*<\/prop>/g, '')
    expect(body(again.text)).toBe(body(exported.text))
    // The imported units are a durable document of the archive, with a backup.
    expect(JSON.parse(await readFile(join(other.archiveDir, 'memory', 'imported.json'), 'utf8')).units).toHaveLength(1)
    await app.close()
    await other.close()
  })

  it("re-importing the archive's own export adds nothing: each pair is listed once", async () => {
    const app = await openApp()
    await twoHarvests(app, app.home)
    const exported = await app.ok('exportTmx', {})
    expect(await app.ok('importTmx', { name: 'memory.tmx', data: Buffer.from(exported.text).toString('base64') })).toEqual({ added: 0, unchanged: 1, skipped: 0 })
    const { hits } = await app.ok('memoryConcordance', { text: '丰收节', side: 'source' })
    expect(hits).toHaveLength(1)
    expect(hits[0]!.articleId).not.toBeNull()
    await app.close()
  })

  it('exports one article', async () => {
    const app = await openApp()
    const { hexi, hedong } = await twoHarvests(app, app.home)
    expect((await app.ok('exportTmx', { articleId: hexi })).units).toBe(1)
    expect((await app.ok('exportTmx', { articleId: hedong })).units).toBe(0)
    expect((await app.err('exportTmx', { articleId: 'nope' })).code).toBe('article.notFound')
    await app.close()
  })

  it('refuses an XXE and a billion-laughs TMX with a translated message: nothing read, nothing stored', async () => {
    const app = await openApp('zh-CN')
    const dir = await tempDir('tmx-secret-')
    const secret = join(dir, 'secret.txt')
    await writeFile(secret, 'TOP-SECRET-42')
    const xxe = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY s SYSTEM "file://${secret}">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&s;</seg></tuv><tuv xml:lang="zh"><seg>秘密</seg></tuv></tu></body></tmx>`
    const laughs = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&c;</seg></tuv><tuv xml:lang="zh"><seg>笑</seg></tuv></tu></body></tmx>`
    for (const hostile of [xxe, laughs]) {
      const error = await app.err('importTmx', { name: 'hostile.tmx', data: Buffer.from(hostile).toString('base64') })
      expect(error.code).toBe('xml.doctype')
      expect(error.message).toContain('DOCTYPE')
      expect(error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(await stat(join(app.archiveDir, 'memory', 'imported.json')).catch(() => null)).toBeNull()
    expect(await app.ok('memoryConcordance', { text: 'TOP-SECRET', side: 'source' })).toEqual({ hits: [] })
    const notTmx = await app.err('importTmx', { name: 'x.xlf', data: Buffer.from('<xliff version="2.1"/>').toString('base64') })
    expect(notTmx.code).toBe('tmx.notTmx')
    // Said in the window's language, naming the root it found: no English account inside.
    expect(notTmx.message).toBe('该文件是格式正确的 XML，但不是 TMX 文件：其根元素是 <xliff>，而不是 <tmx>。')
    const noBody = await app.err('importTmx', { name: 'empty.tmx', data: Buffer.from('<tmx version="1.4"/>').toString('base64') })
    expect(noBody.message).toBe('该文件以 TMX 文件开头，但其 <tmx> 元素缺少 <header> 或 <body>。')
    await app.close()
  })

  it('restores a damaged memory/imported.json from its backup', async () => {
    const app = await openApp()
    const tmx = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>The park opens</seg></tuv><tuv xml:lang="zh"><seg>公园开放</seg></tuv></tu></body></tmx>`
    await app.ok('importTmx', { name: 'a.tmx', data: Buffer.from(tmx).toString('base64') })
    const again = await reopen(app)
    await writeFile(join(app.archiveDir, 'memory', 'imported.json'), '{ broken')
    const hits = await call(again.dispatch, 'memoryConcordance', { text: 'park', side: 'source' })
    expect(hits.ok && hits.value.hits.map((h) => h.target)).toEqual(['公园开放'])
    expect(JSON.parse(await readFile(join(app.archiveDir, 'memory', 'imported.json'), 'utf8')).units).toHaveLength(1)
    const damage = await readFile(join(app.archiveDir, 'damage.log.json'), 'utf8')
    expect(damage).toContain('memory/imported.json')
    await again.ctx.close()
    await rm(join(app.archiveDir, 'memory'), { recursive: true })
  })
})
