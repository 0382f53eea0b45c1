import { describe, expect, it } from 'vitest'
import { childElement, childElements, parseXml, XmlRefused } from '../../../../src/shared/formats/xml/safe-xml'

const XXE = `<?xml version="1.0"?>
<!DOCTYPE xliff [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"><file id="f">&secret;</file></xliff>`

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<lolz>&lol2;</lolz>`

function refusal(text: string): string {
  try {
    parseXml(text)
  } catch (error) {
    if (error instanceof XmlRefused) return error.code
    throw error
  }
  return 'accepted'
}

describe('parseXml', () => {
  it('reads elements by namespace, not by prefix', () => {
    const doc = parseXml('<a:root xmlns:a="urn:one" xmlns:b="urn:two"><b:item>x</b:item><a:item>y</a:item><item>z</item></a:root>')
    const root = doc.documentElement!
    expect(childElements(root, 'urn:one', 'item').map((e) => e.textContent)).toEqual(['y'])
    expect(childElement(root, 'urn:two', 'item')?.textContent).toBe('x')
    expect(childElement(root, 'urn:three', 'item')).toBeNull()
  })

  it('expands only the predefined and character entities', () => {
    const doc = parseXml('<t>&lt;b&gt; &amp; &#x5FD7;&#24895;</t>')
    expect(doc.documentElement!.textContent).toBe('<b> & 志愿')
  })

  it('refuses an external entity (XXE) before anything is read', () => {
    expect(refusal(XXE)).toBe('xml.doctype')
  })

  it('refuses a billion-laughs file', () => {
    expect(refusal(BILLION_LAUGHS)).toBe('xml.doctype')
  })

  it('accepts a DOCTYPE mentioned inside a comment or CDATA', () => {
    expect(refusal('<!-- <!DOCTYPE x> --><t><![CDATA[<!DOCTYPE y>]]></t>')).toBe('accepted')
  })

  it('refuses malformed, empty and oversized files', () => {
    expect(refusal('<a><b></a>')).toBe('xml.mismatchedTag')
    expect(refusal('<a>&undefined;</a>')).toBe('xml.unknownEntity')
    expect(refusal('not xml at all')).toBe('xml.noRoot')
    expect(refusal('  ')).toBe('xml.empty')
    expect(() => parseXml('<a/>', 3)).toThrow(XmlRefused)
  })

  it('keeps only the parser’s own words in a refusal, never xmldom’s wrapper sentence or our code', () => {
    for (const text of ['not xml at all', 'Spring breeze.\nOn March 12 the county held an event.', '<a><b></a>']) {
      try {
        parseXml(text)
        expect.unreachable()
      } catch (error) {
        expect(error).toBeInstanceOf(XmlRefused)
        const { detail } = error as XmlRefused
        expect(detail).not.toBe('')
        expect(detail).not.toMatch(/Reporting|fatalError|XmlRefused|xml\.malformed/)
      }
    }
  })
})
