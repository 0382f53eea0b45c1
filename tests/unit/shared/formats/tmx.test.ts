import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readTmx, TmxRefused, writeTmx } from '@shared/formats/tmx'
import { XmlRefused } from '@shared/formats/xml/safe-xml'
import type { MemoryUnit } from '@shared/translation/memory'

const header = { creationTool: 'Scriptorium', creationToolVersion: '0.1.0', adminLang: 'en' }
const units: MemoryUnit[] = [
  {
    id: 'a1/r1',
    source: '社区举办志愿服务活动',
    target: 'The community held a volunteer service event',
    sourceLang: 'zh-CN',
    targetLang: 'en',
    articleId: 'a1',
    rowId: 'r1',
    status: 'translated',
    updatedAt: '2026-03-01T08:09:10.123Z'
  },
  {
    id: 'a1/r2',
    source: '价格 < 5 元 & “免费”',
    target: 'Price < 5 yuan & "free"',
    sourceLang: 'zh-CN',
    targetLang: 'en',
    articleId: 'a1',
    rowId: 'r2',
    status: 'final',
    updatedAt: '2026-03-02T00:00:00.000Z'
  }
]

const dir = mkdtempSync(join(tmpdir(), 'tmx-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeTmx', () => {
  it('writes well-formed TMX 1.4 (xmllint) with the header TMX 1.4b requires', () => {
    const text = writeTmx(units, header)
    const file = join(dir, 'memory.tmx')
    writeFileSync(file, text)
    expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow()
    expect(text).toContain('<tmx version="1.4">')
    expect(text).toMatch(/<header creationtool="Scriptorium" creationtoolversion="0.1.0" segtype="sentence" o-tmf="scriptorium" adminlang="en" srclang="zh-CN" datatype="plaintext"\/>/)
    expect(text).toContain('<tu srclang="zh-CN" changedate="20260301T080910Z">')
    expect(text).toContain('<tuv xml:lang="en">')
  })

  it('names *all* as the source language when the units have several', () => {
    const mixed = [...units, { ...units[0]!, id: 'x', sourceLang: 'en', targetLang: 'zh-CN' }]
    expect(writeTmx(mixed, header)).toContain('srclang="*all*"')
  })

  it('drops characters XML cannot carry instead of writing a broken file', () => {
    const file = join(dir, 'control.tmx')
    writeFileSync(file, writeTmx([{ ...units[0]!, source: 'bell\u0007 here' }], header))
    expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow()
    expect(readTmx(writeTmx([{ ...units[0]!, source: 'bell\u0007 here' }], header)).units[0]?.source).toBe('bell here')
  })
})

describe('readTmx', () => {
  it('reads back what writeTmx wrote', () => {
    const read = readTmx(writeTmx(units, header))
    expect(read.skipped).toBe(0)
    expect(read.units).toEqual(
      units.map((u) => ({ source: u.source, target: u.target, sourceLang: u.sourceLang, targetLang: u.targetLang, changedAt: u.updatedAt.replace(/\.\d+Z$/, '.000Z') }))
    )
  })

  it('reads another tool’s file: srclang from the header, inline codes left out, one unit per target', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="en" datatype="plaintext"/>
<body>
  <tu creationdate="20250101T120000Z"><tuv lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now</seg></tuv>
    <tuv xml:lang="zh-CN"><seg>现在按<hi>保存</hi></seg></tuv><tuv xml:lang="fr"><seg>Appuyez sur Enregistrer</seg></tuv></tu>
  <tu><tuv xml:lang="en"><seg>No target</seg></tuv></tu>
</body></tmx>`
    expect(readTmx(text)).toEqual({
      units: [
        { source: 'Press Save now', target: '现在按保存', sourceLang: 'en', targetLang: 'zh-CN', changedAt: '2025-01-01T12:00:00.000Z' },
        { source: 'Press Save now', target: 'Appuyez sur Enregistrer', sourceLang: 'en', targetLang: 'fr', changedAt: '2025-01-01T12:00:00.000Z' }
      ],
      skipped: 1
    })
  })

  it('refuses an XXE file and a billion-laughs file before reading anything', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv><tuv xml:lang="zh"><seg>x</seg></tuv></tu></body></tmx>`
    const laughs = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&c;</seg></tuv></tu></body></tmx>`
    for (const hostile of [xxe, laughs]) {
      expect(() => readTmx(hostile)).toThrow(XmlRefused)
      try {
        readTmx(hostile)
      } catch (error) {
        expect((error as XmlRefused).code).toBe('xml.doctype')
      }
    }
  })

  it('refuses XML that is not TMX', () => {
    const refusal = (xml: string): TmxRefused | undefined => {
      try {
        readTmx(xml)
      } catch (error) {
        if (error instanceof TmxRefused) return error
      }
      return undefined
    }
    expect(refusal('<xliff version="2.1"/>')?.params).toMatchObject({ context: 'root', root: 'xliff' })
    expect(refusal('<tmx version="1.4"/>')?.params).toMatchObject({ context: 'parts', root: 'tmx' })
  })
})
