import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { openApp, removeTempDirs as removeAppDirs } from '../annotation/helpers'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(async () => {
  await removeTempDirs()
  await removeAppDirs()
})

async function setup() {
  const home = await tempDir()
  const archive = join(home, 'archive')
  const run = (argv: string[], language: 'en' | 'zh-CN' = 'en') => cli([...argv, '--archive', archive], home, { t: createTranslator(language) })
  return { archive, run }
}

const titles = async (run: (argv: string[]) => ReturnType<typeof cli>) =>
  Object.fromEntries((JSON.parse((await run(['list', '--json'])).stdout) as { id: string; title: string }[]).map((a) => [a.id, a.title]))

describe('scriptorium edit', () => {
  it('changes the details and the list shows the new title', async () => {
    const { run } = await setup()
    const edited = await run(['edit', 'sample-2', '--title', 'Shuiyue care centre opens', '--date', '2023年10月23日', '--url', 'https://example.org/x', '--json'])
    expect(edited.code).toBe(0)
    expect(JSON.parse(edited.stdout)).toMatchObject({ id: 'sample-2', title: 'Shuiyue care centre opens', date: '2023-10-23', url: 'https://example.org/x' })
    expect((await titles(run))['sample-2']).toBe('Shuiyue care centre opens')
    const shown = JSON.parse((await run(['show', 'sample-2', '--json'])).stdout) as { history: { action: string }[] }
    expect(shown.history.at(-1)?.action).toBe('article.metadata')
    const cleared = await run(['edit', 'sample-2', '--date', '', '--url', ''])
    expect(cleared.code).toBe(0)
    expect(cleared.stdout).toMatch(/Date: —/)
  })

  it('exits 2 without a detail to change, and 1 with a translated reason for a bad value', async () => {
    const { run } = await setup()
    expect((await run(['edit', 'sample-1'])).code).toBe(2)
    const bad = await run(['edit', 'sample-1', '--language', 'Chinese'], 'zh-CN')
    expect(bad.code).toBe(1)
    expect(bad.err.join('\n')).toContain('不是语言代码')
    expect((await run(['edit', 'nope', '--title', 'x'])).err.join('\n')).toContain('No article with the id “nope”')
  })
})

describe('scriptorium delete / trash / restore / check', () => {
  it('moves articles to the trash, lists them, counts them in check, and restores them', async () => {
    const { archive, run } = await setup()
    const deleted = await run(['delete', 'sample-1', 'sample-4'])
    expect(deleted.code).toBe(0)
    expect(deleted.stdout).toContain('moved to the trash  sample-1')
    expect(Object.keys(await titles(run)).sort()).toEqual(['sample-2', 'sample-3'])
    expect(existsSync(join(archive, 'trash', 'articles', 'sample-4.json'))).toBe(true)

    const trash = JSON.parse((await run(['trash', '--json'])).stdout) as { articles: { id: string }[]; entities: unknown[] }
    expect(trash.articles.map((a) => a.id).sort()).toEqual(['sample-1', 'sample-4'])
    expect((await run(['trash'])).stdout).toContain('In the trash: 2 articles, 0 entities.')

    const check = await run(['check', '--json'])
    expect(check.code).toBe(0)
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, shards: 2, trash: { articles: 2, entities: 0 } })
    expect((await run(['check'])).stdout).toContain('Trash: 2 articles and 0 entities')
    expect((await run(['check'], 'zh-CN')).stdout).toContain('回收站：2 篇文章，0 个实体')

    const restored = await run(['restore', 'sample-4', '--json'])
    expect(JSON.parse(restored.stdout)).toEqual({ articles: ['sample-4'], entities: [] })
    expect(Object.keys(await titles(run)).sort()).toEqual(['sample-2', 'sample-3', 'sample-4'])
  })

  it('deletes and restores an entity by id', async () => {
    const app = await openApp()
    const id = (await app.ok('createEntity', { type: 'PLACE', name: 'Lanxia' })).id
    await app.close()
    const run = (argv: string[]) => cli([...argv, '--archive', app.archiveDir], app.home)
    await run(['annotate', 'sample-1', '--type', 'PLACE', '--quote', 'Lanxia', '--entity', id])
    expect((await run(['delete', id, '--json'])).stdout).toContain(id)
    expect((JSON.parse((await run(['trash', '--json'])).stdout) as { entities: { id: string }[] }).entities.map((e) => e.id)).toEqual([id])
    const unlinked = JSON.parse((await run(['show', 'sample-1', '--json'])).stdout) as { annotations: { entity: string | null }[] }
    expect(unlinked.annotations.map((a) => a.entity)).toEqual([null])
    expect((await run(['restore', id])).code).toBe(0)
    expect((JSON.parse((await run(['entities', '--json'])).stdout) as { id: string; mentionCount: number }[]).find((e) => e.id === id)?.mentionCount).toBe(1)
  })

  it('deletes nothing when one id is unknown, and restores nothing that is not in the trash', async () => {
    const { run } = await setup()
    const deleted = await run(['delete', 'sample-1', 'no-such'])
    expect(deleted.code).toBe(1)
    expect(deleted.err.join('\n')).toContain('“no-such”')
    expect(Object.keys(await titles(run))).toContain('sample-1')
    const restored = await run(['restore', 'sample-1'], 'zh-CN')
    expect(restored.code).toBe(1)
    expect(restored.err.join('\n')).toContain('不在回收站中')
  })
})
