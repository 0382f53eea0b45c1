import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

interface Explore {
  months: { month: string; articles: number; mentions: number }[]
  undated: { articles: number; mentions: number }
  nodes: { id: string; name: string; type: string; mentions: number; articles: number }[]
  edges: { source: string; target: string; weight: number }[]
}

/** The sample archive with three entities linked: Dongpo and Shuiyue in two articles, Qiao in one. */
async function seeded() {
  const home = await tempDir()
  const archive = join(home, 'archive')
  const ids: Record<string, string> = {}
  for (const [name, type] of [['Dongpo District', 'PLACE'], ['Shuiyue Subdistrict', 'PLACE'], ['Qiao Yaping', 'PERSON']] as const) {
    const run = await cli(['entities', 'add', '--type', type, '--name', name, '--archive', archive, '--json'], home)
    expect(run.code).toBe(0)
    ids[name] = (JSON.parse(run.stdout) as { id: string }).id
  }
  const mentions: [string, string, string][] = [
    ['sample-2', 'Dongpo District', 'PLACE'],
    ['sample-2', 'Shuiyue Subdistrict', 'PLACE'],
    ['sample-2', 'Qiao Yaping', 'PERSON'],
    ['sample-4', 'Dongpo District', 'PLACE'],
    ['sample-4', 'Shuiyue Subdistrict', 'PLACE']
  ]
  for (const [article, quote, type] of mentions) {
    const run = await cli(['annotate', article, '--type', type, '--quote', quote, '--all', '--entity', ids[quote]!, '--archive', archive], home)
    expect(run.code).toBe(0)
  }
  const explore = async (...args: string[]) => {
    const run = await cli(['explore', ...args, '--archive', archive, '--json'], home)
    expect(run.code).toBe(0)
    return JSON.parse(run.stdout) as Explore
  }
  return { home, archive, ids, explore }
}

const pair = (data: Explore, a: string, b: string) => data.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))?.weight

describe('scriptorium explore', () => {
  it('--json prints the articles per month over the date range, and no graph before anything is linked', async () => {
    const home = await tempDir()
    const run = await cli(['explore', '--archive', join(home, 'archive'), '--json'], home)
    expect(run.code).toBe(0)
    const data = JSON.parse(run.stdout) as Explore
    expect(Object.keys(data)).toEqual(['months', 'undated', 'nodes', 'edges'])
    expect(data.months.map((m) => m.month)).toEqual(['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04'])
    expect(data.months.map((m) => m.articles)).toEqual([1, 1, 0, 0, 0, 1, 1])
    expect(Object.keys(data.months[0]!)).toEqual(['month', 'articles', 'mentions'])
    expect(data.undated).toEqual({ articles: 0, mentions: 0 })
    expect(data.nodes).toEqual([])
    expect(data.edges).toEqual([])
  })

  it('counts an entity’s mentions per month, and weighs pairs by shared articles', async () => {
    const { ids, explore } = await seeded()
    const qiao = await explore('--entity', ids['Qiao Yaping']!)
    // Qiao Yaping is named twice in sample-2 (October 2023), nowhere else.
    expect(qiao.months.filter((m) => m.mentions > 0)).toEqual([{ month: '2023-10', articles: 1, mentions: 2 }])
    const all = await explore()
    expect(all.nodes.map((n) => n.name).sort()).toEqual(['Dongpo District', 'Qiao Yaping', 'Shuiyue Subdistrict'])
    const counts = all.nodes.map((n) => n.mentions)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(pair(all, ids['Dongpo District']!, ids['Shuiyue Subdistrict']!)).toBe(2)
    expect(pair(all, ids['Dongpo District']!, ids['Qiao Yaping']!)).toBe(1)
    expect(all.edges[0]!.weight).toBe(2)
  })

  it('filters by type, minimum weight and top N; --sentence pairs only what one sentence names', async () => {
    const { ids, explore } = await seeded()
    const people = await explore('--type', 'PERSON')
    expect(people.nodes.map((n) => n.name)).toEqual(['Qiao Yaping'])
    expect(people.edges).toEqual([])
    const strong = await explore('--min-weight', '2')
    expect(strong.edges.map((e) => e.weight)).toEqual([2])
    expect((await explore('--top', '1')).nodes).toHaveLength(1)
    const sentence = await explore('--sentence')
    // sample-2's first sentence names Shuiyue and Dongpo; Qiao Yaping is in the next one.
    expect(pair(sentence, ids['Dongpo District']!, ids['Shuiyue Subdistrict']!)).toBeGreaterThanOrEqual(1)
    expect(pair(sentence, ids['Dongpo District']!, ids['Qiao Yaping']!)).toBeUndefined()
  })

  it('prints a timeline and the strongest pairs for people', async () => {
    const { home, archive } = await seeded()
    const run = await cli(['explore', '--archive', archive], home)
    expect(run.code).toBe(0)
    expect(run.out[0]).toMatch(/^Month\s+Articles\s+Linked mentions/)
    expect(run.stdout).toMatch(/2023-10\s+1\s+\d+\s+█+/)
    expect(run.stdout).toContain('The 3 strongest pairs among the 3 most mentioned entities:')
    expect(run.stdout).toMatch(/Dongpo District\s+Shuiyue Subdistrict\s+2|Shuiyue Subdistrict\s+Dongpo District\s+2/)
  })

  it('an unknown entity fails with a translated message (exit 1); a bad number is a usage error (exit 2)', async () => {
    const home = await tempDir()
    const archive = join(home, 'archive')
    const unknown = await cli(['explore', '--entity', 'nobody', '--archive', archive], home, { t: createTranslator('zh-CN') })
    expect(unknown.code).toBe(1)
    expect(unknown.err.join('\n')).toMatch(/nobody/)
    expect(unknown.err.join('\n')).toMatch(/[\u4e00-\u9fff]/)
    const top = await cli(['explore', '--top', 'ten', '--archive', archive], home)
    expect(top.code).toBe(2)
    expect(top.err.join('\n')).toContain('--top “ten” is not a whole number from 1 to 500.')
  })

  it('while the app holds the archive, reads a snapshot (seeing the app’s changes) and says so', async () => {
    const home = await tempDir()
    const archive = join(home, 'archive')
    const ctx = await AppContext.start({ archiveDir: archive, settings: await SettingsStore.open(join(home, 'app')), t: createTranslator('en'), mode: 'browser' })
    try {
      await ctx.archive.update('sample-2', (doc) => {
        doc.article.date = '2021-06-01'
      })
      await ctx.archive.flush()
      const run = await cli(['explore', '--archive', archive, '--json'], home)
      expect(run.code).toBe(0)
      expect((JSON.parse(run.stdout) as Explore).months[0]).toEqual({ month: '2021-06', articles: 1, mentions: 0 })
      expect(run.err.join('\n')).toMatch(/open in Scriptorium \(process \d+ on .*nothing is changed/)
    } finally {
      await ctx.close()
    }
  })
})
