import { stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

/** A TMX whose fifth line closes <seg> with </tuv>, as a hand edit might leave it. */
const MISMATCHED = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<tmx version="1.4"><header srclang="zh" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>',
  '<body>',
  '  <tu><tuv xml:lang="zh"><seg>河西村举办丰收节。</seg></tuv>',
  '      <tuv xml:lang="en"><seg>Hexi Village held a harvest festival.</tuv></tu>',
  '</body></tmx>'
].join('\n')

/** The same file cut short after its third line (a download that stopped). */
const CUT_SHORT = MISMATCHED.split('\n').slice(0, 4).join('\n')

async function setup() {
  const home = await tempDir()
  const archive = join(home, 'archive')
  const run = (argv: string[], language: 'en' | 'zh-CN' = 'en') => cli([...argv, '--archive', archive], home, { t: createTranslator(language) })
  const mismatched = join(home, 'hand-edited.tmx')
  const cutShort = join(home, 'cut-short.tmx')
  await writeFile(mismatched, MISMATCHED)
  await writeFile(cutShort, CUT_SHORT)
  return { home, archive, run, mismatched, cutShort }
}

describe('a malformed XML file on the command line', () => {
  it('tm import names what is wrong and where, in the user’s language, with the parser’s words only as a technical line', async () => {
    const { run, archive, mismatched } = await setup()
    const en = await run(['tm', 'import', mismatched])
    expect(en.code).toBe(1)
    expect(en.out).toEqual([])
    expect(en.err[0]).toBe(`${mismatched}: Line 5, column 68: the closing tag </tuv> does not match the open tag <seg>.`)
    expect(en.err[1]).toMatch(/^Technical detail \(the XML parser’s words\): Opening and ending tag mismatch/)
    const zh = await run(['tm', 'import', mismatched], 'zh-CN')
    expect(zh.code).toBe(1)
    expect(zh.err[0]).toBe(`${mismatched}：第 5 行第 68 列：结束标签 </tuv> 与开始标签 <seg> 不匹配。`)
    expect(zh.err[1]).toMatch(/^技术细节（XML 解析器原文）：Opening and ending tag mismatch/)
    expect(await stat(join(archive, 'memory', 'imported.json')).catch(() => null)).toBeNull()
  })

  it('tm import --json answers {file, error: {code, message, params}} with the line and column', async () => {
    const { run, cutShort } = await setup()
    const refused = await run(['tm', 'import', cutShort, '--json'], 'zh-CN')
    expect(refused.code).toBe(1)
    const answer = JSON.parse(refused.stdout) as { file: string; error: { code: string; message: string; params: Record<string, unknown> } }
    expect(answer.file).toBe(cutShort)
    expect(answer.error.code).toBe('xml.unclosedTag')
    expect(answer.error.params).toMatchObject({ tags: '<tmx>, <body>, <tu>', line: 4, column: 52, file: cutShort })
    expect(answer.error.params.detail).toMatch(/unclosed xml tag/)
    expect(answer.error.message).toBe('文件在第 4 行第 52 列结束，仍有标签未闭合：<tmx>, <body>, <tu>。文件可能不完整。')
  })

  it('xliff import of a malformed file says where too, in text and --json', async () => {
    const { run, home } = await setup()
    const file = join(home, 'broken.xlf')
    await writeFile(file, '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en">\n<file id="f">\n<unit id="r1" state="translated>\n</unit></file></xliff>')
    const text = await run(['xliff', 'import', file])
    expect(text.code).toBe(1)
    expect(text.err[0]).toBe(`${file}: Line 3, column 1: an attribute of this tag is malformed (a value must be in matching quotes after “=”).`)
    const json = JSON.parse((await run(['xliff', 'import', file, '--json'])).stdout) as { error: { code: string; params: Record<string, unknown> } }
    expect(json.error).toMatchObject({ code: 'xml.badAttribute', params: { line: 3, column: 1 } })
  })
})
