import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

async function setup() {
  const home = await tempDir()
  return { home, archive: join(home, 'archive') }
}

describe('scriptorium concordance', () => {
  it('--json prints every occurrence as [{id, version, lang, start, end, left, match, right}]', async () => {
    const { home, archive } = await setup()
    const run = await cli(['concordance', 'volunteers', '--archive', archive, '--json'], home)
    expect(run.code).toBe(0)
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>
    expect(rows.length).toBeGreaterThan(1)
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['id', 'version', 'lang', 'start', 'end', 'left', 'match', 'right'])
      expect(String(row.match).toLowerCase()).toBe('volunteers')
    }
    // Each line points at its place: the article's text holds the match at those code points.
    const show = await cli(['show', String(rows[0]!.id), '--archive', archive, '--json'], home)
    const doc = JSON.parse(show.stdout) as { versions: Array<{ id: string; text: string }> }
    const text = doc.versions.find((v) => v.id === rows[0]!.version)!.text
    expect([...text].slice(rows[0]!.start as number, rows[0]!.end as number).join('')).toBe(rows[0]!.match)
  })

  it('finds Chinese inside longer words, marks the match for people and counts; --limit caps the lines', async () => {
    const { home, archive } = await setup()
    const run = await cli(['concordance', '志愿', '--archive', archive], home, { t: createTranslator('zh-CN') })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('«志愿»')
    expect(run.out.at(-1)).toMatch(/^共 \d+ 处，分布于 1 篇文章。$/)
    const all = JSON.parse((await cli(['concordance', 'the', '--archive', archive, '--json'], home)).stdout) as unknown[]
    const limited = await cli(['concordance', 'the', '--limit', '2', '--archive', archive], home)
    expect(limited.out.at(-1)).toBe(`${all.length} occurrences in 4 articles; the first 2 are shown (--limit).`)
  })

  it('prints [] when nothing matches; an empty phrase or a bad limit is a usage error', async () => {
    const { home, archive } = await setup()
    const none = await cli(['concordance', 'xyzzy', '--archive', archive, '--json'], home)
    expect(none.code).toBe(0)
    expect(JSON.parse(none.stdout)).toEqual([])
    const empty = await cli(['concordance', '""', '--archive', archive], home)
    expect(empty.code).toBe(2)
    expect(empty.err.join('\n')).toContain('Name a word or phrase')
    const limit = await cli(['concordance', 'lake', '--limit', '0', '--archive', archive], home)
    expect(limit.code).toBe(2)
    expect(limit.err.join('\n')).toContain('“0” is not a number of lines')
  })
})
