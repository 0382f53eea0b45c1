import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

async function setup() {
  const home = await tempDir()
  return { home, archive: join(home, 'archive') }
}

const tagsOf = async (home: string, archive: string, id: string) => {
  const run = await cli(['show', id, '--archive', archive, '--json'], home)
  return (JSON.parse(run.stdout) as { tags: string[] }).tags
}

describe('scriptorium tag', () => {
  it('adds and removes tags on articles named by id, and prints {selected, changed, added, removed}', async () => {
    const { home, archive } = await setup()
    const run = await cli(['tag', 'sample-1', 'sample-4', '--add', 'checked', '--add', 'flood', '--remove', 'notice', '--archive', archive, '--json'], home)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ selected: 2, changed: 2, added: ['checked', 'flood'], removed: ['notice'] })
    expect(await tagsOf(home, archive, 'sample-4')).toEqual(['water supply', 'checked', 'flood'])
    const again = await cli(['tag', 'sample-1', '--add', 'checked', '--archive', archive], home)
    expect(again.code).toBe(1)
    expect(again.err.join('\n')).toContain('already')
  })

  it('tags every article a search finds, and says how many', async () => {
    const { home, archive } = await setup()
    const run = await cli(['tag', '--query', 'lang:zh', '--add', '中文', '--archive', archive], home)
    expect(run.code).toBe(0)
    expect(run.out.at(-1)).toBe('Tagged 1 article (of 1 selected).')
    expect(await tagsOf(home, archive, 'sample-3')).toContain('中文')
    expect(await tagsOf(home, archive, 'sample-1')).not.toContain('中文')
  })

  it('is a usage error without a tag, without articles, or with a malformed query; an unknown id tags nothing', async () => {
    const { home, archive } = await setup()
    expect((await cli(['tag', 'sample-1', '--archive', archive], home)).code).toBe(2)
    expect((await cli(['tag', '--add', 'x', '--archive', archive], home)).code).toBe(2)
    expect((await cli(['tag', '--query', '"open', '--add', 'x', '--archive', archive], home)).code).toBe(2)
    const unknown = await cli(['tag', 'sample-1', 'no-such', '--add', 'x', '--archive', archive], home)
    expect(unknown.code).toBe(1)
    expect(await tagsOf(home, archive, 'sample-1')).not.toContain('x')
  })
})
