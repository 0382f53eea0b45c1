import { execFileSync } from 'node:child_process'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive/archive'
import { createTranslator } from '../../../../src/main/i18n'
import { HEXI } from '../../../fixtures/news'
import { HEDONG_FIRST, HEDONG_MT, HEDONG_ZH, HEXI_FIRST, HEXI_FIRST_EN } from '../memory/fixtures'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

async function setup() {
  const home = await tempDir()
  const archive = join(home, 'archive')
  const run = (argv: string[], language: 'en' | 'zh-CN' = 'en') => cli([...argv, '--archive', archive], home, { t: createTranslator(language) })
  const hedongFile = join(home, 'hedong.txt')
  const hedongMt = join(home, 'hedong-mt.txt')
  await writeFile(hedongFile, HEDONG_ZH)
  await writeFile(hedongMt, HEDONG_MT)
  const [hexi, hedong] = (await run(['import', '--json', HEXI.zh, hedongFile])).out.map((line) => (JSON.parse(line) as { id: string }).id)
  await run(['translation', 'add', hexi!, '--lang', 'en', '--file', HEXI.mt])
  await run(['translation', 'add', hedong!, '--lang', 'en', '--file', hedongMt])
  expect((await run(['post-edit', hexi!, '--lang', 'en', '--segment', '1', '--status', 'translated'])).code).toBe(0)
  return { home, archive, run, hexi: hexi!, hedong: hedong! }
}

describe('scriptorium tm', () => {
  it('tm export and xliff export into a missing folder say why in the user’s language, not Node’s English', async () => {
    const { run, home, hexi } = await setup()
    const tmx = join(home, 'no-such-folder', 'memory.tmx')
    const xlf = join(home, 'no-such-folder', 'hexi.xlf')
    for (const [language, reason] of [['en', 'the folder does not exist.'], ['zh-CN', '文件夹不存在。']] as const) {
      const tm = await run(['tm', 'export', '--out', tmx], language)
      expect(tm.code).toBe(1)
      expect(tm.err.join('\n')).toContain(reason)
      expect(tm.err.join('\n')).not.toMatch(/ENOENT|no such file/)
      const xliff = await run(['xliff', 'export', hexi, '--lang', 'en', '--out', xlf], language)
      expect(xliff.code).toBe(1)
      expect(xliff.err.join('\n')).toContain(reason)
      expect(xliff.err.join('\n')).not.toContain('ENOENT')
    }
  })

  it('search --json answers [{source, target, score, article}], fuzzy and concordance hits', async () => {
    const { run, hexi } = await setup()
    const fuzzy = await run(['tm', 'search', HEDONG_FIRST, '--json'])
    expect(fuzzy.code).toBe(0)
    const hits = JSON.parse(fuzzy.stdout) as Record<string, unknown>[]
    expect(hits).toEqual([{ source: HEXI_FIRST, target: HEXI_FIRST_EN, score: 0.92, article: hexi }])
    expect(Object.keys(hits[0]!)).toEqual(['source', 'target', 'score', 'article'])
    const word = JSON.parse((await run(['tm', 'search', '丰收', '--json'])).stdout) as { source: string; score: number }[]
    expect(word.map((h) => h.source)).toEqual([HEXI_FIRST])
    expect(word[0]!.score).toBeGreaterThan(0)
    expect(word[0]!.score).toBeLessThan(0.7)
    const table = await run(['tm', 'search', HEDONG_FIRST])
    expect(table.stdout).toContain('92%')
    expect(JSON.parse((await run(['tm', 'search', 'nothing like this', '--json'])).stdout)).toEqual([])
    expect((await run(['tm', 'search', 'nothing like this'], 'zh-CN')).stdout).toContain('翻译记忆库中没有')
  })

  it('sees a row confirmed by another command since the index was saved (stale index)', async () => {
    const { run, archive } = await setup()
    await run(['tm', 'search', '丰收'])
    expect(await stat(join(archive, 'index', 'memory.json'))).toBeTruthy()
    await run(['post-edit', (JSON.parse((await run(['list', '--json'])).stdout) as { id: string; title: string }[]).find((a) => a.title === '河西村举办丰收节')!.id, '--lang', 'en', '--segment', '1', '--status', 'initial'])
    expect(JSON.parse((await run(['tm', 'search', '丰收', '--json'])).stdout)).toEqual([])
  })

  it('export writes well-formed TMX; import into another archive gives the same units', async () => {
    const { home, run, hexi } = await setup()
    const out = join(home, 'memory.tmx')
    const exported = await run(['tm', 'export', '--out', out])
    expect(exported.code).toBe(0)
    expect(exported.stdout).toContain('1 translation unit')
    expect(() => execFileSync('xmllint', ['--noout', out], { stdio: 'pipe' })).not.toThrow()
    const one = join(home, 'one.tmx')
    expect(JSON.parse((await run(['tm', 'export', '--out', one, '--article', hexi, '--json'])).stdout)).toEqual({ out: one, units: 1 })

    const other = join(home, 'other')
    const imported = await cli(['tm', 'import', out, '--json', '--archive', other], home)
    expect(imported.code).toBe(0)
    expect(JSON.parse(imported.stdout)).toEqual({ file: out, added: 1, unchanged: 0, skipped: 0 })
    const found = JSON.parse((await cli(['tm', 'search', HEXI_FIRST, '--json', '--archive', other], home)).stdout)
    expect(found).toEqual([{ source: HEXI_FIRST, target: HEXI_FIRST_EN, score: 1, article: null }])
  })

  it('refuses a hostile TMX with a translated message and changes nothing', async () => {
    const { home, run, archive } = await setup()
    const file = join(home, 'xxe.tmx')
    await writeFile(file, `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY s SYSTEM "file:///etc/hostname">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&s;</seg></tuv><tuv xml:lang="zh"><seg>x</seg></tuv></tu></body></tmx>`)
    const refused = await run(['tm', 'import', file], 'zh-CN')
    expect(refused.code).toBe(1)
    expect(refused.err.join('\n')).toContain('DOCTYPE')
    expect(refused.err.join('\n')).toMatch(/[\u4e00-\u9fff]/)
    expect(await stat(join(archive, 'memory', 'imported.json')).catch(() => null)).toBeNull()
    const missing = await run(['tm', 'import', join(home, 'absent.tmx')])
    expect(missing.code).toBe(1)
  })

  it('usage mistakes exit 2 with a translated message', async () => {
    const home = await tempDir()
    expect((await cli(['tm'], home)).code).toBe(2)
    expect((await cli(['tm', 'export'], home)).err[0]).toContain('--out')
    expect((await cli(['tm', 'import'], home)).code).toBe(2)
    expect((await cli(['tm', 'search'], home)).code).toBe(2)
    expect((await cli(['tm', 'search', 'x', '--limit', '0'], home)).code).toBe(2)
    const unknown = await cli(['tm', 'frobnicate'], home, { t: createTranslator('zh-CN') })
    expect(unknown.code).toBe(2)
    expect(unknown.err[0]).toContain('frobnicate')
  })

  it('check rebuilds the memory index; search and export read a snapshot while the app holds the archive', async () => {
    const { home, run, archive } = await setup()
    await rm(join(archive, 'index', 'memory.json'), { force: true })
    const checked = await run(['check', '--json'])
    expect(JSON.parse(checked.stdout).memory).toEqual({ units: 1, articles: 1 })
    expect(JSON.parse(await readFile(join(archive, 'index', 'memory.json'), 'utf8')).format).toBe(1)
    expect((await run(['check'])).stdout).toContain('Translation memory: rebuilt from the article files (1 unit from 1 articles)')

    const tmx = join(home, 'imported.tmx')
    await writeFile(tmx, '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>The river park reopened</seg></tuv><tuv xml:lang="zh"><seg>河滨公园重新开放</seg></tuv></tu></body></tmx>')
    expect((await run(['tm', 'import', tmx])).stdout).toContain('1 new')
    const app = await Archive.open(archive)
    try {
      const held = await run(['tm', 'search', HEDONG_FIRST, '--json'])
      expect(held.code).toBe(0)
      expect(JSON.parse(held.stdout)).toHaveLength(1)
      expect(held.err.join('\n')).toContain('reading it as it is now')
      // The snapshot holds the imported units too.
      expect(JSON.parse((await run(['tm', 'search', 'river park', '--json'])).stdout)).toEqual([{ source: 'The river park reopened', target: '河滨公园重新开放', score: expect.any(Number), article: null }])
      expect((await run(['tm', 'export', '--out', join(home, 'held.tmx')])).code).toBe(0)
      const refused = await run(['tm', 'import', join(home, 'held.tmx')])
      expect(refused.code).toBe(1)
    } finally {
      await app.close()
    }
  })
})
