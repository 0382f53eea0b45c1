import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/model'
import { runCli } from '../../../../src/main/cli/run'
import { createTranslator } from '../../../../src/main/i18n'
import { FUXIN, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

interface Run {
  code: number
  out: string
  err: string
}

async function cliIn(home: string, args: string[]): Promise<Run> {
  const out: string[] = []
  const err: string[] = []
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: { SCRIPTORIUM_HOME: home }, interrupted: new Promise<void>(() => {}) }
  const code = await runCli([...args, ...(args.includes('--help') ? [] : ['--archive', join(home, 'archive')])], io, createTranslator('en'))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

async function withFuxin() {
  const home = await tempDir('scriptorium-cli-')
  const imported = await cliIn(home, ['import', FUXIN, '--json'])
  expect(imported.code).toBe(0)
  const id = (JSON.parse(imported.out.split('\n')[0]!) as { id: string }).id
  const shown = JSON.parse((await cliIn(home, ['show', id, '--json'])).out) as { versions: { text: string }[] }
  return { home, id, text: shown.versions[0]!.text }
}

describe('annotate, suggest, entities on the command line', () => {
  it('tags every whole-word occurrence of a quote, and show --json lists them with both selectors', async () => {
    const { home, id, text } = await withFuxin()
    const run = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Lei Feng', '--all', '--json'])
    expect(run.code, run.err).toBe(0)
    const created = JSON.parse(run.out) as Annotation[]
    const expected = text.match(/\bLei Feng\b/g)!.length
    expect(created).toHaveLength(expected)
    const points = [...text]
    for (const a of created) expect(points.slice(a.target.position.start, a.target.position.end).join('')).toBe('Lei Feng')

    const shown = JSON.parse((await cliIn(home, ['show', id, '--json'])).out)
    expect(shown.annotations).toHaveLength(expected)
    for (const a of shown.annotations) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'type', 'target', 'entity', 'note']))
      expect(a.target.position).toMatchObject({ type: 'TextPositionSelector' })
      expect(a.target.quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'Lei Feng' })
    }
    expect(shown.relations).toEqual([])
    expect(shown.entities).toEqual([])

    // Again: every occurrence is already tagged, nothing is duplicated.
    const again = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Lei Feng', '--all'])
    expect(again.code).toBe(0)
    expect(again.out).toContain(`${expected} occurrences were already tagged`)
  })

  it('tags the n-th occurrence or a code-point range, with a note', async () => {
    const { home, id, text } = await withFuxin()
    const second = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Lei Feng', '--occurrence', '2', '--note', 'second', '--json'])
    expect(second.code, second.err).toBe(0)
    const [a] = JSON.parse(second.out) as Annotation[]
    const first = [...text.slice(0, text.search(/\bLei Feng\b/))].length
    expect(a!.target.position.start).toBeGreaterThan(first)
    expect(a!.note).toBe('second')

    const start = [...text.slice(0, text.indexOf('Hu Tao'))].length
    const range = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--start', String(start), '--end', String(start + 6)])
    expect(range.code, range.err).toBe(0)
    expect(range.out).toMatch(new RegExp(`PERSON {2}${start}–${start + 6} {2}“Hu Tao”`))
  })

  it('exits 2 on usage errors and 1 when the quote is missing or the operation fails', async () => {
    const { home, id } = await withFuxin()
    const usage: string[][] = [
      ['--type', 'PERSON', '--quote', 'Hu Tao', '--start', '1', '--end', '4'],
      ['--type', 'PERSON'],
      ['--type', 'PERSON', '--quote', 'Hu Tao', '--occurrence', '2', '--all'],
      ['--type', 'PERSON', '--start', '1'],
      ['--type', 'PERSON', '--quote', 'Hu Tao', '--occurrence', '0'],
      ['--quote', 'Hu Tao']
    ]
    for (const args of usage) {
      const run = await cliIn(home, ['annotate', id, ...args])
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.err).toContain('Usage: scriptorium annotate')
    }
    const missing = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Nobody Here'])
    expect(missing).toMatchObject({ code: 1, err: '“Nobody Here” does not occur (as whole words) in the article\'s text.' })
    const tooFar = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--quote', 'Hu Tao', '--occurrence', '99'])
    expect(tooFar.code).toBe(1)
    const badType = await cliIn(home, ['annotate', id, '--type', 'NOPE', '--quote', 'Hu Tao'])
    expect(badType).toMatchObject({ code: 1, err: '“NOPE” is not a type of the tag schema.' })
    const past = await cliIn(home, ['annotate', id, '--type', 'PERSON', '--start', '0', '--end', '99999999'])
    expect(past.code).toBe(1)
    expect(past.err).toContain('past the end of the text')
    const help = await cliIn(home, ['annotate', '--help'])
    expect(help.out).toContain('--occurrence')
  })

  it('prints suggestions as JSON without storing them, and the registry with mention counts', async () => {
    const { home, id, text } = await withFuxin()
    const run = await cliIn(home, ['suggest', id, '--json'])
    expect(run.code, run.err).toBe(0)
    const suggestions = JSON.parse(run.out) as { start: number; end: number; exact: string; type: string; source: string }[]
    expect(suggestions.length).toBeGreaterThan(0)
    const points = [...text]
    for (const s of suggestions) {
      expect(Object.keys(s).sort()).toEqual(['end', 'exact', 'source', 'start', 'type'])
      expect(points.slice(s.start, s.end).join('')).toBe(s.exact)
    }
    expect(JSON.parse((await cliIn(home, ['show', id, '--json'])).out).annotations).toEqual([])
    expect((await cliIn(home, ['suggest', id])).out).toMatch(/\d+ suggestions?$/)

    const empty = await cliIn(home, ['entities', '--json'])
    expect(empty.code).toBe(0)
    expect(JSON.parse(empty.out)).toEqual([])
    expect((await cliIn(home, ['entities'])).out).toContain('0 entities')
  })
})
