import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeTmx } from '@shared/formats/tmx'
import type { MemoryUnit } from '@shared/model'
import { LocalMemory, WorkerMemory, type MemoryBackend } from '../../../../src/main/services/memory/memory-backend'
import type { ChangeEvent } from '@shared/ipc/change-events'
import { openApp, removeTempDirs, tempDir } from '../annotation/helpers'

afterEach(removeTempDirs)

const PLACES = ['河西村', '河东村', '城关镇', '新华街道', '东山乡']
const EVENTS = ['举办丰收节', '召开村民大会', '修建新桥', '开展义诊活动', '举行植树活动']
const EN_PLACES = ['Hexi Village', 'Hedong Village', 'Chengguan Town', 'Xinhua Street', 'Dongshan Township']
const EN_EVENTS = ['held a harvest festival', 'held a villagers’ meeting', 'built a new bridge', 'offered free clinics', 'planted trees']

/** Rows of many articles: the same sentence shapes with different places, days and counts, as local news has. */
function articleUnits(article: number): MemoryUnit[] {
  return Array.from({ length: 20 }, (_, row) => {
    const p = (article + row) % 5
    const e = (article * 3 + row) % 5
    const day = 1 + ((article * 7 + row) % 28)
    return {
      id: `a${article}/r${row}`,
      source: `${day}日，${PLACES[p]}${EVENTS[e]}，共有${100 + row * 10}名群众参加。`,
      target: `On the ${day}th, ${EN_PLACES[p]} ${EN_EVENTS[e]}, with ${100 + row * 10} people taking part.`,
      sourceLang: 'zh',
      targetLang: 'en',
      articleId: `a${article}`,
      rowId: `r${row}`,
      status: 'translated',
      updatedAt: new Date(Date.UTC(2026, 0, 1) + (article * 20 + row) * 60_000).toISOString()
    }
  })
}

/** The same story through both backends: articles, a TMX import, a changed and a deleted article. */
async function fill(memory: MemoryBackend, dir: string, tmx: string): Promise<unknown[]> {
  const outcomes: unknown[] = []
  outcomes.push(await memory.request({ op: 'open', dir, writable: true }))
  await memory.request({ op: 'putArticles', entries: Array.from({ length: 60 }, (_, a) => [`a${a}`, articleUnits(a)] as [string, MemoryUnit[]]) })
  outcomes.push(await memory.request({ op: 'importTmx', name: 'old.tmx', bytes: new TextEncoder().encode(tmx) }))
  await memory.request({ op: 'putArticles', entries: [['a1', articleUnits(1).slice(0, 5)]] })
  await memory.request({ op: 'dropArticles', ids: ['a2', 'nope'] })
  const queries = ['3日，河西村举办丰收节，共有120名群众参加。', '9日，城关镇修建新桥，共有150名群众参加。', '河东村召开村民大会。', '完全无关的句子。']
  for (const text of queries) {
    outcomes.push(await memory.request({ op: 'match', query: { text, sourceLang: 'zh', targetLang: 'en', limit: 5 } }))
    outcomes.push(await memory.request({ op: 'match', query: { text, sourceLang: 'zh', limit: 3, excludeRow: { articleId: 'a3', rowId: 'r0' } } }))
  }
  for (const [text, side] of [['丰收节', 'source'], ['new bridge', 'target'], ['村民', 'source']] as const) outcomes.push(await memory.request({ op: 'concordance', text, side, limit: 40 }))
  outcomes.push(await memory.request({ op: 'size' }))
  outcomes.push((await memory.request({ op: 'imported' })).map((u) => u.id).sort())
  return outcomes
}

describe('the memory worker', () => {
  it('answers exactly what the in-process memory answers, and stores the same imported units', async () => {
    // A TMX of other archives' work: some pairs new, some the same as an article's rows.
    const reworded = [...articleUnits(100), ...articleUnits(101)].map((u) => ({ ...u, source: u.source.replace('群众', '居民'), target: u.target.replace('people', 'residents') }))
    const imported = [...reworded, ...articleUnits(5).slice(0, 4)].map((u) => ({ ...u, articleId: null, rowId: null }))
    const tmx = writeTmx(imported, { creationTool: 'test', creationToolVersion: '1', adminLang: 'en' })
    const [localDir, workerDir] = [await tempDir('memory-local-'), await tempDir('memory-worker-')]
    const local = new LocalMemory()
    const worker = new WorkerMemory(() => undefined)
    try {
      const [inProcess, inWorker] = [await fill(local, localDir, tmx), await fill(worker, workerDir, tmx)]
      expect(inWorker).toEqual(inProcess)
      // Not a trivial agreement: matches were found, imported units stored, article pairs left out.
      expect((inProcess[3] as unknown[]).length).toBeGreaterThan(0)
      expect(inProcess[1]).toEqual({ added: 40, unchanged: 4, skipped: 0 })
      const stored = (dir: string) => readFile(join(dir, 'memory', 'imported.json'), 'utf8').then((text) => (JSON.parse(text) as { units: MemoryUnit[] }).units.map((u) => [u.id, u.source]))
      expect(await stored(workerDir)).toEqual(await stored(localDir))
    } finally {
      await worker.close()
    }
  })

  it('reports its progress while importing, and refuses a malformed TMX with the same code and place as in-process', async () => {
    const dir = await tempDir('memory-worker-')
    const worker = new WorkerMemory(() => undefined)
    try {
      await worker.request({ op: 'open', dir, writable: true })
      const tmx = writeTmx(articleUnits(7), { creationTool: 'test', creationToolVersion: '1', adminLang: 'en' })
      const seen: string[] = []
      await worker.request({ op: 'importTmx', name: 'a.tmx', bytes: new TextEncoder().encode(tmx) }, (stage, done, total) => seen.push(`${stage} ${done}/${total}`))
      expect(seen).toEqual(['parsing 0/0', 'indexing 0/20', 'indexing 20/20'])
      const broken = new TextEncoder().encode(tmx.replace('</tu>', '</tuv>'))
      const refusal = (memory: MemoryBackend) => memory.request({ op: 'importTmx', name: 'broken.tmx', bytes: broken }).then(() => null, (error: { code: string; params: unknown }) => ({ code: error.code, params: error.params }))
      const local = new LocalMemory()
      await local.request({ op: 'open', dir: await tempDir('memory-local-'), writable: true })
      const inWorker = await refusal(worker)
      expect(inWorker).toEqual(await refusal(local))
      expect(inWorker).toMatchObject({ code: 'xml.mismatchedTag', params: { file: 'broken.tmx', open: 'tu', close: 'tuv', line: expect.any(Number), column: expect.any(Number) } })
    } finally {
      await worker.close()
    }
  })
})

describe('importing a TMX in the app', () => {
  it('publishes how far it has come on the change feed, and a refusal names the place in the user’s language', async () => {
    const app = await openApp('zh-CN')
    try {
      const seen: string[] = []
      app.ctx.feed.subscribe((event: ChangeEvent) => {
        if (event.type === 'memoryImport') seen.push(`${event.file} ${event.stage} ${event.done}/${event.total}`)
      })
      const units = Array.from({ length: 600 }, (_, a) => articleUnits(1000 + a)).flat()
      const many = units.map((u, i) => ({ ...u, source: `${i}：${u.source}`, articleId: null, rowId: null }))
      const data = Buffer.from(writeTmx(many, { creationTool: 'test', creationToolVersion: '1', adminLang: 'en' })).toString('base64')
      expect(await app.ok('importTmx', { name: 'big.tmx', data })).toEqual({ added: 12_000, unchanged: 0, skipped: 0 })
      expect(seen).toEqual(['big.tmx parsing 0/0', 'big.tmx indexing 0/12000', 'big.tmx indexing 5000/12000', 'big.tmx indexing 10000/12000', 'big.tmx indexing 12000/12000'])
      const broken = Buffer.from('<tmx version="1.4">\n<header/>\n<body><tu></body></tmx>').toString('base64')
      const error = await app.err('importTmx', { name: 'broken.tmx', data: broken })
      expect(error).toMatchObject({ code: 'xml.mismatchedTag', params: { open: 'tu', close: 'body', line: 3, column: 11, file: 'broken.tmx' } })
      expect(error.message).toBe('第 3 行第 11 列：结束标签 </body> 与开始标签 <tu> 不匹配。')
    } finally {
      await app.close()
    }
  })
})
