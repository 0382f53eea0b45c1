import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { HEXI } from '../../../fixtures/news'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

type Segment = { index: number; source: string | null; mt: string; target: string; status: string; note: string; hter: number | null; seconds: number }
type Finding = { segment: number; check: string; severity: string; message: string }

async function setup(file = HEXI.zh) {
  const home = await tempDir()
  const archive = join(home, 'archive')
  const run = (argv: string[], language: 'en' | 'zh-CN' = 'en') => cli([...argv, '--archive', archive], home, { t: createTranslator(language) })
  const imported = JSON.parse((await run(['import', '--json', file])).stdout) as { id: string }
  const id = imported.id
  const shard = () => readFile(join(archive, 'articles', `${id}.json`), 'utf8')
  return { home, archive, run, id, shard }
}

describe('scriptorium translation, segments, post-edit, qa', () => {
  it('adds the MT, lists segments, post-edits one, and checks quality', async () => {
    const { run, id } = await setup()
    const added = await run(['translation', 'add', id, '--lang', 'en', '--file', HEXI.mt, '--engine', 'TestMT', '--json'])
    expect(added.code).toBe(0)
    const result = JSON.parse(added.stdout) as Record<string, unknown>
    expect(Object.keys(result)).toEqual(['id', 'version', 'lang', 'segments'])
    expect(result).toMatchObject({ id, lang: 'en', segments: HEXI.sentences, version: expect.any(String) })

    const listed = await run(['segments', id, '--lang', 'en', '--json'])
    expect(listed.code).toBe(0)
    const segments = JSON.parse(listed.stdout) as Segment[]
    expect(segments).toHaveLength(HEXI.sentences)
    expect(Object.keys(segments[0]!)).toEqual(['index', 'source', 'mt', 'target', 'status', 'note', 'hter', 'seconds'])
    expect(segments[1]).toEqual({ index: 2, source: '市长李明出席活动并致辞。', mt: 'Mayor Li Ming attended the the event and delivered a speech.', target: 'Mayor Li Ming attended the the event and delivered a speech.', status: 'initial', note: '', hter: null, seconds: 0 })

    const edited = await run(['post-edit', id, '--lang', 'en', '--segment', '2', '--text', 'Mayor Li Ming attended the event and delivered a speech.', '--status', 'translated', '--note', 'doubled word', '--json'])
    expect(edited.code).toBe(0)
    const row = JSON.parse(edited.stdout) as Segment
    expect(row).toMatchObject({ index: 2, target: 'Mayor Li Ming attended the event and delivered a speech.', mt: segments[1]!.mt, status: 'translated', note: 'doubled word' })
    expect(row.hter).toBeGreaterThan(0)
    const human = await run(['segments', id, '--lang', 'en'])
    expect(human.stdout).toContain('1 of 4 segments edited')
    expect(human.stdout).toContain('translated')

    const qa = await run(['qa', id, '--lang', 'en', '--json'])
    const findings = JSON.parse(qa.stdout) as Finding[]
    expect(qa.code).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0)
    // An emptied segment is an error: exit 1, like a linter.
    expect((await run(['post-edit', id, '--lang', 'en', '--segment', '4', '--text', ''])).code).toBe(0)
    const failing = await run(['qa', id, '--lang', 'en', '--json'])
    expect(failing.code).toBe(1)
    const empty = (JSON.parse(failing.stdout) as Finding[]).find((f) => f.check === 'empty')!
    expect(empty).toMatchObject({ segment: 4, severity: 'error', message: expect.any(String) })
    expect(Object.keys(empty)).toEqual(['segment', 'check', 'severity', 'message'])
    const plain = await run(['qa', id, '--lang', 'en'])
    expect(plain.code).toBe(1)
    expect(plain.stdout).toContain('empty')
  })

  it('tags a translation with annotate --lang; show --json names each annotation’s version', async () => {
    const { run, id } = await setup()
    await run(['translation', 'add', id, '--lang', 'en', '--file', HEXI.mt])
    expect((await run(['annotate', id, '--type', 'PERSON', '--quote', '李明'])).code).toBe(0)
    const tagged = await run(['annotate', id, '--lang', 'en', '--type', 'PERSON', '--quote', 'Li Ming', '--all', '--json'])
    expect(tagged.code).toBe(0)
    expect(JSON.parse(tagged.stdout)).toHaveLength(2)
    const shown = JSON.parse((await run(['show', id, '--json'])).stdout) as { annotations: { version: { lang: string; role: string } }[]; alignments: unknown[] }
    expect(shown.annotations.map((a) => [a.version.lang, a.version.role])).toEqual([['zh', 'original'], ['en', 'translation'], ['en', 'translation']])
    expect(shown.alignments).toHaveLength(1)
    // A quote missing from the translation: the message names the text searched, not the article's own.
    const absent = await run(['annotate', id, '--lang', 'en', '--type', 'PERSON', '--quote', 'Wang Fang'])
    expect(absent.code).toBe(1)
    expect(absent.err.join('\n')).toBe('“Wang Fang” does not occur (as whole words) in the article\'s en translation.')
    const own = await run(['annotate', id, '--type', 'PERSON', '--quote', 'Li Ming'])
    expect(own.code).toBe(1)
    expect(own.err.join('\n')).toBe('“Li Ming” does not occur (as whole words) in the article\'s own text (zh).')
    const missing = await run(['annotate', id, '--lang', 'fr', '--type', 'PERSON', '--quote', 'Li Ming'])
    expect(missing.code).toBe(1)
    expect(missing.err.join('\n')).toContain('no translation in “fr”')
  })

  it('marks an article’s own text as machine translation: monolingual segments', async () => {
    const { run, id } = await setup(HEXI.mt)
    expect((await run(['translation', 'mark', id])).code).toBe(2)
    const marked = await run(['translation', 'mark', id, '--origin', 'machine', '--engine', 'OldMT', '--json'])
    expect(marked.code).toBe(0)
    expect(JSON.parse(marked.stdout)).toMatchObject({ id, lang: 'en', segments: expect.any(Number) })
    const segments = JSON.parse((await run(['segments', id, '--lang', 'en', '--json'])).stdout) as Segment[]
    expect(segments.every((s) => s.source === null && s.mt === s.target)).toBe(true)
    const again = await run(['translation', 'mark', id, '--origin', 'machine'])
    expect(again.code).toBe(1)
  })

  it('refuses bad input with a translated message and leaves the archive unchanged', async () => {
    const { home, run, id, shard } = await setup()
    await run(['translation', 'add', id, '--lang', 'en', '--file', HEXI.mt])
    const stored = await shard()
    const undecodable = join(home, 'bad.txt')
    await writeFile(undecodable, Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0xfd, 0x20, 0x80, 0x0a]))
    const cases: [string[], number, RegExp][] = [
      [['translation', 'add', id, '--lang', 'fr', '--file', join(home, 'missing.txt')], 1, /does not exist/],
      [['translation', 'add', id, '--lang', 'fr', '--file', undecodable], 1, /not valid UTF-8/],
      [['translation', 'add', id, '--lang', 'fr'], 2, /--file/],
      [['translation', 'add', id, '--lang', 'fr', '--file', HEXI.mt, '--origin', 'robot'], 2, /--origin/],
      [['translation', 'add', 'a_unknown', '--lang', 'fr', '--file', HEXI.mt], 1, /No article|a_unknown/],
      [['translation', 'add', id, '--lang', 'en', '--file', HEXI.mt], 1, /already/],
      [['translation', 'frobnicate', id], 2, /add/],
      [['segments', id], 2, /--lang/],
      [['segments', id, '--lang', 'fr'], 1, /no translation in “fr”/],
      [['post-edit', id, '--lang', 'en', '--segment', '99', '--text', 'x'], 1, /no segment 99/i],
      [['post-edit', id, '--lang', 'en', '--segment', 'two', '--text', 'x'], 2, /--segment/],
      [['post-edit', id, '--lang', 'en', '--segment', '1', '--status', 'done'], 2, /--status/],
      [['post-edit', id, '--lang', 'en', '--segment', '1'], 2, /--text/],
      [['post-edit', id, '--lang', 'en', '--segment', '1', '--text', 'a\n\nb'], 1, /paragraph/],
      [['qa', 'a_unknown', '--lang', 'en'], 1, /a_unknown/]
    ]
    for (const [argv, code, message] of cases) {
      const result = await run(argv)
      expect({ argv, code: result.code }).toEqual({ argv, code })
      expect(result.err.join('\n')).toMatch(message)
    }
    expect(await shard()).toBe(stored)
    const zh = await run(['post-edit', id, '--lang', 'en', '--segment', '1', '--status', 'done'], 'zh-CN')
    expect(zh.err[0]).toContain('不是')
    const zhMissing = await run(['segments', id, '--lang', 'fr'], 'zh-CN')
    expect(zhMissing.err[0]).toBe('此文章没有“fr”译文。')
  })
})
