import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SearchIndexStatus, SearchResults } from '@shared/ipc/search-contract'
import { AppContext } from '../../../../src/main/app-context'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { openApp, rangeOf, removeTempDirs, type TestApp } from '../annotation/helpers'

afterEach(removeTempDirs)

const ids = (results: SearchResults) => results.hits.map((hit) => hit.id).sort()
const search = (app: TestApp, query: string) => app.ok('search', { query, facets: true })

/** Tags the first "Jinghe Square" of sample-1 as PERSON, linked to a new entity named Hu Tao (胡涛). */
async function tagHuTao(app: TestApp): Promise<string> {
  const article = await app.ok('getArticle', { id: 'sample-1' })
  const range = rangeOf(article.doc.versions[0]!.text, 'Jinghe Square')
  const added = await app.ok('addAnnotation', { articleId: 'sample-1', source: article.doc.versions[0]!.id, ...range, type: 'PERSON', note: 'renamed in 2023', entity: null })
  const annotation = added.view.doc.annotations[0]!
  const entity = await app.ok('createEntity', {
    type: 'PERSON', name: 'Hu Tao', names: { zh: '胡涛' }, aliases: [], identifiers: {}, description: '',
    link: { articleId: 'sample-1', annotationId: annotation.id }
  })
  return entity.id
}

describe('search (service, worker and operation)', () => {
  it('finds words in English and Chinese, ranked, with snippets and facets', async () => {
    const app = await openApp()
    try {
      const volunteer = await search(app, 'volunteers')
      expect(ids(volunteer)).toContain('sample-1')
      const snippet = volunteer.hits.find((hit) => hit.id === 'sample-1')!.snippets[0]!
      const [start, end] = snippet.highlights[0]!
      expect([...snippet.text].slice(start, end).join('').toLowerCase()).toBe('volunteers')
      expect((await search(app, '志愿')).hits.map((hit) => hit.id)).toEqual(['sample-3'])
      const chinese = await search(app, 'lang:zh')
      expect(chinese.total).toBeGreaterThan(0)
      expect(chinese.facets?.lang).toEqual([{ value: 'zh', label: 'zh', count: chinese.total }])
      expect((await search(app, 'xyzzy')).hits).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('follows annotations and the registry: a tagged person is found by entity: in any language and by name', async () => {
    const app = await openApp()
    try {
      const id = await tagHuTao(app)
      expect(ids(await search(app, 'entity:"Hu Tao"'))).toEqual(['sample-1'])
      expect(ids(await search(app, 'entity:胡涛'))).toEqual(['sample-1'])
      expect(ids(await search(app, '"hu tao"'))).toEqual(['sample-1'])
      expect(ids(await search(app, 'type:PERSON has:annotations'))).toEqual(['sample-1'])
      expect(ids(await search(app, 'renamed'))).toEqual(['sample-1'])
      const facets = (await search(app, 'has:annotations')).facets!
      expect(facets.entity).toEqual([{ value: id, label: 'Hu Tao', count: 1 }])
      // A new alias in the registry is searchable at once.
      await app.ok('updateEntity', { id, aliases: ['Comrade Tao'] })
      expect(ids(await search(app, '"comrade tao"'))).toEqual(['sample-1'])
      // Deleted articles leave the results; restored ones come back.
      await app.ok('deleteArticles', { ids: ['sample-1'] })
      expect(ids(await search(app, 'entity:"Hu Tao"'))).toEqual([])
      await app.ok('restoreFromTrash', { articles: ['sample-1'] })
      expect(ids(await search(app, 'entity:"Hu Tao"'))).toEqual(['sample-1'])
    } finally {
      await app.close()
    }
  })

  it('a malformed query answers a translated error naming the problem', async () => {
    const app = await openApp('zh-CN')
    try {
      const error = await app.err('search', { query: 'lake author:Li' })
      expect(error.code).toBe('search.unknownField')
      expect(error.message).toContain('author')
      expect(error.message).toContain('不是搜索字段')
      expect((await app.err('search', { query: '"Yulong' })).code).toBe('search.unclosedQuote')
      expect((await app.err('search', { query: 'date:2024..2023' })).code).toBe('search.badDate')
    } finally {
      await app.close()
    }
  })

  it('is stored under index/search and brought up to date with shards changed behind its back', async () => {
    const app = await openApp()
    await search(app, 'volunteers')
    await app.close()
    expect(existsSync(join(app.archiveDir, 'index', 'search', 'manifest.json'))).toBe(true)
    // Another program (or a crash before the index was stored) changed a shard.
    const shard = join(app.archiveDir, 'articles', 'sample-2.json')
    const doc = JSON.parse(await readFile(shard, 'utf8'))
    doc.article.title = 'Quokka census begins'
    await writeFile(shard, JSON.stringify(doc))
    const t = createTranslator('en')
    const ctx = await AppContext.start({ archiveDir: app.archiveDir, settings: await SettingsStore.open(app.home), t, mode: 'browser' })
    try {
      expect((await ctx.search.search({ query: 'quokka' })).hits.map((hit) => hit.id)).toEqual(['sample-2'])
      expect((await ctx.search.search({ query: 'volunteers' })).total).toBeGreaterThan(0)
    } finally {
      await ctx.close()
    }
  })

  it('opens the index in the background when the app opens the archive, publishing how far the build is', async () => {
    const app = await openApp()
    const articles = (await app.ok('listArticles', {})).length
    await app.close()
    expect(existsSync(join(app.archiveDir, 'index', 'search'))).toBe(false)
    const ctx = await AppContext.start({ archiveDir: app.archiveDir, settings: await SettingsStore.open(app.home), t: createTranslator('en'), mode: 'browser', warmSearch: true })
    const seen: SearchIndexStatus[] = []
    ctx.feed.subscribe((event) => event.type === 'searchIndex' && seen.push(event.status))
    try {
      for (let waited = 0; ctx.search.status.state !== 'ready' && waited < 30_000; waited += 50) await new Promise((done) => setTimeout(done, 50))
      // Built and stored with no search asked.
      expect(ctx.search.status).toEqual({ state: 'ready', done: articles, total: articles })
      expect(existsSync(join(app.archiveDir, 'index', 'search', 'manifest.json'))).toBe(true)
      expect(seen[0]).toEqual({ state: 'building', done: 0, total: articles })
      expect(seen.at(-1)).toEqual({ state: 'ready', done: articles, total: articles })
    } finally {
      await ctx.close()
    }
  })
})
