import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/model'
import { runCli } from '../../../../src/main/cli/run'
import { createTranslator } from '../../../../src/main/i18n'
import { SONGMEI } from '../../../fixtures/news'
import { removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

interface Run {
  code: number
  out: string
  err: string
}

async function cliIn(home: string, args: string[], language: 'en' | 'zh-CN' = 'en'): Promise<Run> {
  const out: string[] = []
  const err: string[] = []
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: { SCRIPTORIUM_HOME: home }, interrupted: new Promise<void>(() => {}) }
  const code = await runCli([...args, ...(args.includes('--help') ? [] : ['--archive', join(home, 'archive')])], io, createTranslator(language))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

async function withSongmei() {
  const home = await tempDir('scriptorium-cli-')
  const imported = await cliIn(home, ['import', SONGMEI.file, '--json'])
  expect(imported.code).toBe(0)
  const id = (JSON.parse(imported.out.split('\n')[0]!) as { id: string }).id
  const shown = JSON.parse((await cliIn(home, ['show', id, '--json'])).out) as { versions: { text: string }[] }
  return { home, id, text: shown.versions[0]!.text }
}

describe('annotate, suggest, entities on the command line', () => {
  it('tags every whole-word occurrence of a quote, and show --json lists them with both selectors', async () => {
    const { home, id, text } = await withSongmei()
    const run = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Ma Qiuyun', '--all', '--json'])
    expect(run.code, run.err).toBe(0)
    const created = JSON.parse(run.out) as Annotation[]
    const expected = text.match(/\bMa Qiuyun\b/g)!.length
    expect(created).toHaveLength(expected)
    const points = [...text]
    for (const a of created) expect(points.slice(a.target.position.start, a.target.position.end).join('')).toBe('Ma Qiuyun')

    const shown = JSON.parse((await cliIn(home, ['show', id, '--json'])).out)
    expect(shown.annotations).toHaveLength(expected)
    for (const a of shown.annotations) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'type', 'target', 'entity', 'note']))
      expect(a.target.position).toMatchObject({ type: 'TextPositionSelector' })
      expect(a.target.quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'Ma Qiuyun' })
    }
    expect(shown.relations).toEqual([])
    expect(shown.entities).toEqual([])
    // All of them as one step: one history entry.
    expect(shown.history.map((e: { action: string }) => e.action)).toEqual(['import', 'annotation.addMany'])

    // Again: every occurrence is already tagged, nothing is duplicated.
    const again = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Ma Qiuyun', '--all'])
    expect(again.code).toBe(0)
    expect(again.out).toContain(`${expected} occurrences were already tagged`)
    const againJson = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Ma Qiuyun', '--all', '--json'])
    expect(JSON.parse(againJson.out)).toEqual([])
    // Nothing was added, so nothing was recorded.
    expect(JSON.parse((await cliIn(home, ['show', id, '--json'])).out).history).toHaveLength(2)
  })

  it('finds a quote in either Unicode spelling, and keeps a long quote short in its message', async () => {
    const home = await tempDir('scriptorium-cli-')
    const file = join(home, 'zoe.txt')
    // The text spells ë as e + a combining diaeresis (NFD); the quote is typed as one character.
    await writeFile(file, 'Visit of Zoe\u0308 Li\n\nZoe\u0308 Li met the press, and Zoe\u0308 Li left.\n')
    const id = (JSON.parse((await cliIn(home, ['import', file, '--json'])).out) as { id: string }).id
    const run = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Zo\u00eb Li', '--all', '--json'])
    expect(run.code, run.err).toBe(0)
    const created = JSON.parse(run.out) as Annotation[]
    expect(created.map((a) => a.target.quote.exact)).toEqual(['Zoe\u0308 Li', 'Zoe\u0308 Li'])
    const long = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'x'.repeat(10_000)])
    expect(long.code).toBe(1)
    expect(long.err.length).toBeLessThan(200)
    expect(long.err).toContain('…')
  })

  it('explains a negative offset in the interface language', async () => {
    const { home, id } = await withSongmei()
    const en = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--start', '-1', '--end', '3'])
    expect(en.code).toBe(2)
    expect(en.err).toContain('The value of --start starts with a dash')
    const zh = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--start', '-1', '--end', '3'], 'zh-CN')
    expect(zh.err).toContain('--start 的值以短横线开头')
    expect(zh.err).not.toMatch(/ambiguous/)
    const negative = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--start=-1', '--end', '3'])
    expect(negative.code).toBe(2)
    expect(negative.err).toContain('--start')
  })

  it('tags the n-th occurrence or a code-point range, with a note', async () => {
    const { home, id, text } = await withSongmei()
    const second = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Ma Qiuyun', '--occurrence', '2', '--note', 'second', '--json'])
    expect(second.code, second.err).toBe(0)
    const [a] = JSON.parse(second.out) as Annotation[]
    const first = [...text.slice(0, text.search(/\bMa Qiuyun\b/))].length
    expect(a!.target.position.start).toBeGreaterThan(first)
    expect(a!.note).toBe('second')

    const start = [...text.slice(0, text.indexOf('Gao Wenbin'))].length
    const range = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--start', String(start), '--end', String(start + 10)])
    expect(range.code, range.err).toBe(0)
    expect(range.out).toMatch(new RegExp(`PERSON {2}${start}–${start + 10} {2}“Gao Wenbin”`))
  })

  it('exits 2 on usage errors and 1 when the quote is missing or the operation fails', async () => {
    const { home, id } = await withSongmei()
    const usage: string[][] = [
      ['--type', 'PERSON', '--quote', 'Gao Wenbin', '--start', '1', '--end', '4'],
      ['--type', 'PERSON'],
      ['--type', 'PERSON', '--quote', 'Gao Wenbin', '--occurrence', '2', '--all'],
      ['--type', 'PERSON', '--start', '1'],
      ['--type', 'PERSON', '--quote', 'Gao Wenbin', '--occurrence', '0'],
      ['--quote', 'Gao Wenbin']
    ]
    for (const args of usage) {
      const run = await cliIn(home, ['annotate', id, ...args])
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.err).toContain('Usage: scriptorium annotate')
    }
    const missing = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Nobody Here'])
    expect(missing).toMatchObject({ code: 1, err: '“Nobody Here” does not occur (as whole words) in the article\'s own text (en).' })
    const tooFar = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Gao Wenbin', '--occurrence', '99'])
    expect(tooFar.code).toBe(1)
    const badType = await cliIn(home, ['annotate', id, '--type', 'NOPE', '--quote', 'Gao Wenbin'])
    expect(badType).toMatchObject({ code: 1, err: '“NOPE” is not a type of the tag schema.' })
    const past = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--start', '0', '--end', '99999999'])
    expect(past.code).toBe(1)
    expect(past.err).toContain('past the end of the text')
    const help = await cliIn(home, ['annotate', '--help'])
    expect(help.out).toContain('--occurrence')
  })

  it('prints suggestions as JSON without storing them, and the registry with mention counts', async () => {
    const { home, id, text } = await withSongmei()
    const run = await cliIn(home, ['suggest', id, '--json'])
    expect(run.code, run.err).toBe(0)
    const suggestions = JSON.parse(run.out) as { start: number; end: number; exact: string; type: string; source: string }[]
    expect(suggestions.length).toBeGreaterThan(0)
    const points = [...text]
    for (const s of suggestions) {
      expect(Object.keys(s).sort()).toEqual(['end', 'entity', 'exact', 'source', 'start', 'type'])
      expect(points.slice(s.start, s.end).join('')).toBe(s.exact)
    }
    expect(JSON.parse((await cliIn(home, ['show', id, '--json'])).out).annotations).toEqual([])
    expect((await cliIn(home, ['suggest', id])).out).toMatch(/\d+ suggestions?$/)

    const empty = await cliIn(home, ['entities', '--json'])
    expect(empty.code).toBe(0)
    expect(JSON.parse(empty.out)).toEqual([])
    expect((await cliIn(home, ['entities'])).out).toContain('0 entities')
  })

  it('lists the registry with mention counts once annotations link to it', async () => {
    const { home, id } = await withSongmei()
    const { AppContext } = await import('../../../../src/main/app-context')
    const { SettingsStore } = await import('../../../../src/main/settings-store')
    const { createDispatcher, call } = await import('../../../../src/main/dispatch')
    const { createHandlers } = await import('../../../../src/main/handlers')
    const t = createTranslator('en')
    const ctx = await AppContext.start({ archiveDir: join(home, 'archive'), settings: await SettingsStore.open(home), t, mode: 'browser' })
    const created = await call(createDispatcher(createHandlers(ctx), t), 'createEntity', { type: 'PERSON', name: 'Ma Qiuyun' })
    await ctx.close()
    if (!created.ok) throw new Error(created.error.message)
    const run = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Ma Qiuyun', '--all', '--entity', created.value.id])
    expect(run.code, run.err).toBe(0)
    const listed = JSON.parse((await cliIn(home, ['entities', '--json'])).out) as { id: string; name: string; mentionCount: number }[]
    const tagged = JSON.parse((await cliIn(home, ['show', id, '--json'])).out).annotations.length as number
    expect(tagged).toBeGreaterThan(5)
    expect(listed).toEqual([expect.objectContaining({ id: created.value.id, name: 'Ma Qiuyun', mentionCount: tagged })])
    expect((await cliIn(home, ['entities'])).out).toMatch(new RegExp(`PERSON +${tagged} +Ma Qiuyun`))
  })
})
