import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { HEXI } from '../../../fixtures/news'
import { editAsCatTool } from '../../../fixtures/xliff/cat-tool'
import { SCHEMA, validate, XMLLINT } from '../../../fixtures/xliff/xmllint'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

type Segment = { index: number; source: string | null; mt: string; target: string; status: string; note: string; hter: number | null }

/** An archive with the Hexi article, its English MT and a tag on each side. */
async function setup() {
  const home = await tempDir()
  const archive = join(home, 'archive')
  const run = (argv: string[], language: 'en' | 'zh-CN' = 'en') => cli([...argv, '--archive', archive], home, { t: createTranslator(language) })
  const id = (JSON.parse((await run(['import', '--json', HEXI.zh])).stdout) as { id: string }).id
  await run(['translation', 'add', id, '--lang', 'en', '--file', HEXI.mt, '--engine', 'TestMT'])
  await run(['annotate', id, '--type', 'PERSON', '--quote', '李明'])
  await run(['annotate', id, '--lang', 'en', '--type', 'PERSON', '--quote', 'Li Ming'])
  const shard = () => readFile(join(archive, 'articles', `${id}.json`), 'utf8')
  const segments = async () => JSON.parse((await run(['segments', id, '--lang', 'en', '--json'])).stdout) as Segment[]
  return { home, run, id, shard, segments }
}

describe('scriptorium xliff export / import', () => {
  it('round trip: export, edit as a CAT tool would, import; a second import changes nothing', async () => {
    const { home, run, id, segments } = await setup()
    const file = join(home, 'hexi.xlf')
    const exported = await run(['xliff', 'export', id, '--lang', 'en', '--out', file])
    expect(exported.code).toBe(0)
    expect(exported.stdout).toContain('4')
    const xml = await readFile(file, 'utf8')
    expect(xml).toContain('its:taClassRef="urn:scriptorium:type:PERSON"')
    if (XMLLINT) expect(await validate(xml, SCHEMA.xliff21)).toEqual({ ok: true, errors: '' })

    const edited = editAsCatTool(xml, {
      1: { state: 'final' },
      2: { replace: ['the the event', 'the event'], state: 'translated', note: 'fixed a doubled word' },
      3: { replace: ['35 million yuan', '35 million yuan (CNY)'] }
    })
    // The tool kept the name's markup in the edited target.
    expect(edited).toMatch(/<mrk [^>]*>Li Ming<\/mrk> attended the event/)
    await writeFile(file, edited)
    const before = await segments()
    const imported = await run(['xliff', 'import', file, '--json'])
    expect(imported.code).toBe(0)
    const report = JSON.parse(imported.stdout) as Record<string, unknown>
    expect(Object.keys(report)).toEqual(['id', 'updated', 'unchanged', 'unknown', 'sourceChanged'])
    expect(report).toEqual({ id, updated: 3, unchanged: 1, unknown: [], sourceChanged: [] })

    const after = await segments()
    expect(after[0]).toMatchObject({ status: 'final', target: before[0]!.target, hter: null })
    expect(after[1]).toMatchObject({ target: 'Mayor Li Ming attended the event and delivered a speech.', status: 'translated', note: 'fixed a doubled word', mt: before[1]!.mt })
    expect(after[1]!.hter).toBeGreaterThan(0)
    expect(after[2]!.target).toContain('35 million yuan (CNY)')
    expect(after[3]).toEqual(before[3])

    const again = await run(['xliff', 'import', file, '--json'])
    expect(JSON.parse(again.stdout)).toEqual({ id, updated: 0, unchanged: 4, unknown: [], sourceChanged: [] })
    const plain = await run(['xliff', 'import', file])
    expect(plain.stdout).toContain('0 units updated, 4 unchanged')
  })

  it('reports unknown units and changed sources and never applies them', async () => {
    const { home, run, id, segments } = await setup()
    const file = join(home, 'hexi.xlf')
    await run(['xliff', 'export', id, '--lang', 'en', '--out', file])
    const xml = await readFile(file, 'utf8')
    await writeFile(file, editAsCatTool(xml, { 1: { id: 'not-a-row', replace: ['Hexi', 'HEXI'] }, 2: { replaceSource: ['市长', '副市长'], state: 'final' }, 4: { state: 'reviewed' } }))
    const before = await segments()
    const imported = await run(['xliff', 'import', file, '--json'])
    expect(imported.code).toBe(0)
    const report = JSON.parse(imported.stdout) as { unknown: string[]; sourceChanged: string[]; updated: number }
    expect(report.unknown).toEqual(['not-a-row'])
    expect(report.sourceChanged).toHaveLength(1)
    expect(report.updated).toBe(1)
    const after = await segments()
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3))
    expect(after[3]!.status).toBe('reviewed')
    const plain = await run(['xliff', 'import', file], 'zh-CN')
    expect(plain.stdout).toContain('not-a-row')
  })

  it('applies nothing from a file that is not for this article’s translation', async () => {
    const { home, run, id, shard } = await setup()
    const file = join(home, 'hexi.xlf')
    await run(['xliff', 'export', id, '--lang', 'en', '--out', file])
    const xml = editAsCatTool(await readFile(file, 'utf8'), { 2: { state: 'final' } })
    const stored = await shard()
    const cases: [string, string, RegExp][] = [
      ['wrong target language', xml.replace('trgLang="en"', 'trgLang="fr"'), /zh → fr/],
      ['wrong source language', xml.replace('srcLang="zh"', 'srcLang="ja"'), /ja → en/],
      ['another article', xml.replaceAll(id, 'no-such-article'), /no-such-article/],
      ['not ours', xml.replace(/<mda:metadata>[\s\S]*<\/mda:metadata>/, '').replace(`scriptorium:article:${id}`, 'manual.docx'), /not exported from Scriptorium/],
      ['XLIFF 1.2', '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>', /only XLIFF 2\.0 and 2\.1/]
    ]
    for (const [label, text, message] of cases) {
      await writeFile(file, text)
      const result = await run(['xliff', 'import', file, '--json'])
      expect(result.code, label).toBe(1)
      expect(result.err.join('\n'), label).toMatch(message)
      expect(await shard(), label).toBe(stored)
    }
  })

  it('refuses hostile XML (XXE, billion laughs, malformed) with a translated message, archive unchanged', async () => {
    const { home, run, id, shard } = await setup()
    const secret = join(home, 'secret.txt')
    await writeFile(secret, 'TOP-SECRET')
    const stored = await shard()
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE xliff [ <!ENTITY secret SYSTEM "file://${secret}"> ]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en"><file id="f" original="scriptorium:article:${id}"><unit id="u"><segment><source>&secret;</source><target>&secret;</target></segment></unit></file></xliff>`
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh"><file id="f"><unit id="u"><segment><source>&lol3;</source></segment></unit></file></xliff>`
    for (const [name, text, language, message] of [
      ['xxe.xlf', xxe, 'en', /declares a document type/],
      ['laughs.xlf', laughs, 'zh-CN', /声明了文档类型/],
      ['broken.xlf', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"><file>', 'en', /line 1, column 60\) with tags still open: <xliff>, <file>/]
    ] as const) {
      const file = join(home, name)
      await writeFile(file, text)
      const result = await run(['xliff', 'import', file, '--json'], language)
      expect(result.code, name).toBe(1)
      expect(result.err.join('\n'), name).toMatch(message)
      expect(result.err.join('\n') + result.stdout, name).not.toContain('TOP-SECRET')
      expect(result.err.join('\n'), name).not.toMatch(/\n\s+at /)
      expect(await shard(), name).toBe(stored)
    }
  })

  it('writes XLIFF 1.2 on request; usage mistakes exit 2 with the usage line', async () => {
    const { home, run, id } = await setup()
    const file = join(home, 'hexi-12.xlf')
    const exported = await run(['xliff', 'export', id, '--lang', 'en', '--out', file, '--version', '1.2', '--json'])
    expect(exported.code).toBe(0)
    expect(JSON.parse(exported.stdout)).toEqual({ id, lang: 'en', version: '1.2', file, units: 4 })
    const xml = await readFile(file, 'utf8')
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:1.2')
    if (XMLLINT) expect(await validate(xml, SCHEMA.xliff12strict)).toEqual({ ok: true, errors: '' })
    for (const argv of [
      ['xliff', 'export', id, '--out', file],
      ['xliff', 'export', id, '--lang', 'en'],
      ['xliff', 'export', id, '--lang', 'en', '--out', file, '--version', '2.0'],
      ['xliff', 'import', file, '--lang', 'en'],
      ['xliff', 'send', id]
    ]) {
      const result = await run(argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.err.join('\n')).toContain('scriptorium xliff')
    }
    const missing = await run(['xliff', 'export', id, '--lang', 'fr', '--out', file])
    expect(missing.code).toBe(1)
    expect(missing.err.join('\n')).toContain('no translation in “fr”')
    const help = await run(['xliff', '--help'], 'zh-CN')
    expect(help.stdout).toContain('XLIFF')
    expect(help.stdout).toContain('--version')
  })
})
