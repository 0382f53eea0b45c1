import { describe, expect, it } from 'vitest'
import { parseXml, XmlRefused } from '../../../../../src/shared/formats/xml/safe-xml'
import en from '../../../../../src/shared/i18n/locales/en/errors.json'
import zh from '../../../../../src/shared/i18n/locales/zh-CN/errors.json'

/** The refusal's code and parameters (without the parser's raw words). */
function refused(text: string): { code: string; params: Record<string, string | number> } {
  try {
    parseXml(text)
  } catch (error) {
    if (!(error instanceof XmlRefused)) throw error
    const { detail, ...params } = error.params
    expect(typeof detail).toBe('string')
    return { code: error.code, params }
  }
  throw new Error('accepted')
}

describe('what is wrong in a malformed XML file, and where', () => {
  it('names a closing tag that does not match, at the closing tag', () => {
    expect(refused('<root>\n  <x>1</x>\n  <y>2</z>\n</root>')).toEqual({ code: 'xml.mismatchedTag', params: { open: 'y', close: 'z', line: 3, column: 7 } })
  })

  it('lists the tags a cut-short file leaves open, at its end', () => {
    expect(refused('<tmx>\n<body>\n<tu/>')).toEqual({ code: 'xml.unclosedTag', params: { tags: '<tmx>, <body>', line: 3, column: 6 } })
  })

  it('finds a tag that stops in the middle, an unclosed attribute value and a repeated attribute', () => {
    expect(refused('<a>\n<b x="1"')).toEqual({ code: 'xml.unexpectedEnd', params: { line: 2, column: 1 } })
    expect(refused('<a>\n <b x="1\n></b></a>')).toEqual({ code: 'xml.badAttribute', params: { line: 2, column: 2 } })
    expect(refused('<a>\n<b x="1" x="2"/></a>')).toEqual({ code: 'xml.duplicateAttribute', params: { name: 'x', line: 2, column: 1 } })
  })

  it('points at an undefined entity and at a bare “<” in text', () => {
    expect(refused('<a>\n x &nbsp; y</a>')).toEqual({ code: 'xml.unknownEntity', params: { name: '&nbsp;', line: 2, column: 4 } })
    expect(refused('<a>1 < 2</a>').code).toBe('xml.badTag')
  })

  it('counts columns in code points, so a line of Chinese or emoji text is located right', () => {
    expect(refused('<p>河西村 😀 &bad;</p>')).toEqual({ code: 'xml.unknownEntity', params: { name: '&bad;', line: 1, column: 10 } })
  })

  it('refuses a control character XML forbids, naming it', () => {
    expect(refused('<a>\nok\u0001</a>')).toEqual({ code: 'xml.invalidChar', params: { char: 'U+0001', line: 2, column: 3 } })
  })

  it('tells a file without elements and one with two top-level elements apart', () => {
    expect(refused('plain text').code).toBe('xml.noRoot')
    expect(refused('<a/>\n<b/>').code).toBe('xml.extraRoot')
  })

  it('has an English and a Chinese message for every code, using each parameter it is given', () => {
    const texts = ['<a><b></a>', '<a>', '<a x="1', '<a x="1" x="2"/>', '<a>&e;</a>', '<a>\u0002</a>', '<a>1 < 2</a>', 'text', '<a/><b/>']
    for (const text of texts) {
      const { code, params } = refused(text)
      for (const messages of [en, zh] as Record<string, string>[]) {
        const message = messages[code]
        expect(message, code).toBeDefined()
        const used = [...message!.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
        expect(used, code).toEqual(Object.keys(params).sort())
      }
    }
  })
})
