import { describe, expect, it } from 'vitest'
import { readXliff21, XliffRefused } from '@shared/formats/xliff'
import { XmlRefused } from '@shared/formats/xml/safe-xml'

const wrap = (units: string, file = '<file id="a1" original="scriptorium:article:a1">') =>
  `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">${file}${units}</file></xliff>`

const refusal = (text: string): string => {
  try {
    readXliff21(text)
    return 'accepted'
  } catch (error) {
    if (error instanceof XliffRefused || error instanceof XmlRefused) return error.code
    throw error
  }
}

describe('XLIFF 2 reader', () => {
  it('reads the article from `original` when a tool dropped our metadata', () => {
    const read = readXliff21(wrap('<unit id="r1"><segment><source>a</source><target>b</target></segment></unit>'))
    expect(read).toMatchObject({ articleId: 'a1', sourceVersionId: null, targetVersionId: null, srcLang: 'zh', trgLang: 'en' })
    expect(read.units).toEqual([{ id: 'r1', source: 'a', target: 'b', state: null, notes: [] }])
  })

  it('flattens inline markup a CAT tool added or kept, and joins segments a tool split', () => {
    const read = readXliff21(
      wrap(`<group id="g"><unit id="r1"><notes><note>one</note><note category="x">two</note></notes>
        <segment state="reviewed"><source>甲。</source><target><pc id="1">Mayor</pc> <mrk id="m1" type="its:generic">Li</mrk><ph id="2"/>.</target></segment>
        <ignorable><source> </source></ignorable>
        <segment state="translated"><source>乙。</source><target>B.</target></segment></unit></group>`)
    )
    expect(read.units).toEqual([{ id: 'r1', source: '甲。 乙。', target: 'Mayor Li. B.', state: 'translated', notes: ['one', 'two'] }])
  })

  it('refuses what is not an XLIFF 2 file of ours, and hostile XML', () => {
    expect(refusal('<html/>')).toBe('xliff.notXliff')
    expect(refusal('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>')).toBe('xliff.unsupportedVersion')
    expect(refusal(wrap('<unit id="r1"><segment><source>a</source></segment></unit>', '<file id="f" original="report.docx">'))).toBe('xliff.notOurs')
    expect(refusal('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff>&e;</xliff>')).toBe('xml.doctype')
    expect(refusal('<xliff><file>')).toBe('xml.unclosedTag')
  })
})
