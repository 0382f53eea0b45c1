import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

async function setup() {
  const home = await tempDir()
  return { home, archive: join(home, 'archive') }
}

describe('scriptorium search', () => {
  it('--json prints the ranked hits as [{id, title, score, snippets}]', async () => {
    const { home, archive } = await setup()
    const run = await cli(['search', 'volunteers', '--archive', archive, '--json'], home)
    expect(run.code).toBe(0)
    const hits = JSON.parse(run.stdout) as Array<Record<string, unknown>>
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      expect(Object.keys(hit)).toEqual(['id', 'title', 'score', 'snippets'])
      expect((hit.snippets as unknown[]).every((s) => typeof s === 'string')).toBe(true)
    }
    const scores = hits.map((hit) => hit.score as number)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    expect(hits.some((hit) => (hit.snippets as string[]).some((s) => /volunteers/i.test(s)))).toBe(true)
  })

  it('finds Chinese by a sub-word and marks the match for people; --limit caps the list', async () => {
    const { home, archive } = await setup()
    const run = await cli(['search', '志愿', '--archive', archive], home)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('«志愿»')
    expect(run.out.at(-1)).toBe('1 article found.')
    const limited = await cli(['search', 'the', '--limit', '1', '--archive', archive, '--json'], home)
    expect(JSON.parse(limited.stdout)).toHaveLength(1)
  })

  it('prints [] and exits 0 when nothing matches', async () => {
    const { home, archive } = await setup()
    const run = await cli(['search', 'xyzzy', '--archive', archive, '--json'], home)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([])
  })

  it('a malformed query or limit is a usage error (exit 2) with a translated message naming it', async () => {
    const { home, archive } = await setup()
    const quote = await cli(['search', '"Yulong Lake', '--archive', archive], home)
    expect(quote.code).toBe(2)
    expect(quote.err.join('\n')).toContain('character 1 is not closed')
    const field = await cli(['search', 'author:Li', '--archive', archive, '--json'], home, { t: createTranslator('zh-CN') })
    expect(field.code).toBe(2)
    expect(field.stdout).toBe('')
    expect(field.err.join('\n')).toContain('“author:” 不是搜索字段')
    const limit = await cli(['search', 'lake', '--limit', 'many', '--archive', archive], home)
    expect(limit.code).toBe(2)
    expect(limit.err.join('\n')).toContain('“many” is not a number of results')
  })

  it('check rebuilds the search index', async () => {
    const { home, archive } = await setup()
    const run = await cli(['check', '--archive', archive], home)
    expect(run.code).toBe(0)
    expect(run.out).toContain('Search index: rebuilt from 4 articles')
    const json = await cli(['check', '--archive', archive, '--json'], home)
    expect(JSON.parse(json.stdout).searchIndex).toEqual({ articles: 4 })
  })

  it('while the app holds the archive, searches a snapshot (seeing the app’s changes) and says so', async () => {
    const { home, archive } = await setup()
    const ctx = await AppContext.start({ archiveDir: archive, settings: await SettingsStore.open(join(home, 'app')), t: createTranslator('en'), mode: 'browser' })
    try {
      await ctx.archive.update('sample-2', (doc) => {
        doc.article.title = 'Quokka census in Fenghe'
      })
      await ctx.archive.flush()
      const run = await cli(['search', 'quokka', '--archive', archive, '--json'], home)
      expect(run.code).toBe(0)
      expect((JSON.parse(run.stdout) as Array<{ id: string }>).map((hit) => hit.id)).toEqual(['sample-2'])
      expect(run.err.join('\n')).toMatch(/open in Scriptorium \(process \d+ on .*nothing is changed/)
    } finally {
      await ctx.close()
    }
  })
})
