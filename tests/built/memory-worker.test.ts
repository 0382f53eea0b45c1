import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_MAIN, built, REPO } from './support/built-files'

const BUILT_WORKER = join(REPO, 'out', 'main', 'memory-worker.js')
const BUILT_CLI = join(REPO, 'out', 'main', 'cli.js')

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="zh"><seg>河西村举办第三届农民丰收节。</seg></tuv><tuv xml:lang="en"><seg>Hexi Village held the third harvest festival.</seg></tuv></tu></body></tmx>
`

let tmp: string
beforeAll(async () => {
  built(BUILT_MAIN)
  tmp = await mkdtemp(join(tmpdir(), 'scriptorium-built-memory-'))
})
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

/** Sends requests to a worker in order and collects each reply. */
function ask(worker: Worker, requests: unknown[]): Promise<{ ok: boolean; value?: unknown; code?: string; params?: Record<string, unknown> }[]> {
  return new Promise((resolve, reject) => {
    const replies: { ok: boolean }[] = []
    worker.on('error', reject)
    worker.on('message', (message: { type: string; ok: boolean }) => {
      if (message.type !== 'reply') return
      replies.push(message)
      if (replies.length === requests.length) resolve(replies)
    })
    requests.forEach((request, seq) => worker.postMessage({ seq, request }))
  })
}

describe('the built memory worker (out/main/memory-worker.js)', () => {
  it('imports a TMX, answers a fuzzy lookup and refuses a malformed file with its place', async () => {
    const worker = new Worker(built(BUILT_WORKER))
    try {
      const bytes = new TextEncoder().encode(TMX)
      const [opened, imported, matches, refused] = await ask(worker, [
        { op: 'open', dir: join(tmp, 'archive-a'), writable: true },
        { op: 'importTmx', name: 'a.tmx', bytes },
        { op: 'match', query: { text: '河东村举办第三届农民丰收节。', sourceLang: 'zh', targetLang: 'en' } },
        { op: 'importTmx', name: 'b.tmx', bytes: new TextEncoder().encode(TMX.replace('</seg></tuv></tu>', '</tuv></tu>')) }
      ])
      expect(opened).toMatchObject({ ok: true, value: { damage: [] } })
      expect(imported).toMatchObject({ ok: true, value: { added: 1, unchanged: 0, skipped: 0 } })
      expect(matches).toMatchObject({ ok: true, value: [{ unit: { target: 'Hexi Village held the third harvest festival.' } }] })
      expect(refused).toMatchObject({ ok: false, code: 'xml.mismatchedTag', params: { open: 'seg', close: 'tuv', line: 3, file: 'b.tmx' } })
    } finally {
      await worker.terminate()
    }
  })

  it('is what the built command line uses for tm import and tm search', async () => {
    const file = join(tmp, 'memory.tmx')
    await writeFile(file, TMX)
    const archive = join(tmp, 'archive-b')
    const env = { ...process.env, SCRIPTORIUM_HOME: join(tmp, 'home'), LANG: 'en_US.UTF-8' }
    const run = (args: string[]) => promisify(execFile)(process.execPath, [BUILT_CLI, ...args, '--archive', archive, '--json'], { cwd: REPO, env, timeout: 60_000 })
    expect(JSON.parse((await run(['tm', 'import', file])).stdout)).toMatchObject({ added: 1 })
    const hits = JSON.parse((await run(['tm', 'search', '河西村举办第三届农民丰收节。'])).stdout) as { score: number; article: string | null }[]
    expect(hits[0]).toMatchObject({ score: 1, article: null })
  })
})
