import { describe, expect, it } from 'vitest'
import { NS, readXliff21, serializeXliff21 } from '@shared/formats/xliff'
import { childElement, childElements, parseXml } from '@shared/formats/xml/safe-xml'
import type { Element } from '@xmldom/xmldom'
import { EN, fixtureArticle } from './fixture'
import { MISSING, SCHEMA, validate, XMLLINT } from '../../../../fixtures/xliff/xmllint'

const units = (xml: string): Element[] => {
  const file = childElement(parseXml(xml).documentElement!, NS.xliff2, 'file')!
  return childElements(file, NS.xliff2, 'unit')
}
const segment = (unit: Element) => childElement(unit, NS.xliff2, 'segment')!
const part = (unit: Element, name: 'source' | 'target') => childElement(segment(unit), NS.xliff2, name)!
const marks = (element: Element, name = 'mrk') => Array.from(element.getElementsByTagNameNS(NS.xliff2, name))

describe('XLIFF 2.1 writer', () => {
  const xml = serializeXliff21(fixtureArticle())

  it('writes one unit per aligned row, with our ids, the states and the languages', () => {
    const root = parseXml(xml).documentElement!
    expect([root.getAttribute('version'), root.getAttribute('srcLang'), root.getAttribute('trgLang')]).toEqual(['2.1', 'zh', 'en'])
    expect(root.getAttributeNS(NS.its, 'version')).toBe('2.0')
    const file = childElement(root, NS.xliff2, 'file')!
    expect([file.getAttribute('id'), file.getAttribute('original')]).toEqual(['hexi-1', 'scriptorium:article:hexi-1'])
    const list = units(xml)
    expect(list.map((u) => u.getAttribute('id'))).toEqual(['r1', 'r2', 'r3', 'r4'])
    expect(list.map((u) => segment(u).getAttribute('state'))).toEqual(['final', 'reviewed', 'translated', 'initial'])
  })

  it('keeps the 1-2 and 2-1 rows whole and the 0-1 row with an empty source', () => {
    const list = units(xml)
    expect(part(list[1]!, 'source').textContent).toBe('市长李明出席。')
    expect(part(list[1]!, 'target').textContent).toBe('Mayor Li Ming attended. He gave a speech.')
    expect(part(list[2]!, 'source').textContent).toBe('他致辞。全村收入增长。')
    expect(part(list[2]!, 'target').textContent).toBe('Village income grew.')
    expect(part(list[3]!, 'source').textContent).toBe('')
    expect(part(list[3]!, 'target').textContent).toBe('It was sunny.')
  })

  it('writes the note escaped and the MT as an mt match whose origin is the engine', () => {
    const [r1, r2, r3] = units(xml)
    const note = childElement(childElement(r2!, NS.xliff2, 'notes')!, NS.xliff2, 'note')!
    expect(note.textContent).toBe('Check the title: "Mayor" <or> "Major"?')
    expect(xml).toContain('&lt;or&gt;')
    const match = childElement(childElement(r1!, NS.matches, 'matches')!, NS.matches, 'match')!
    expect([match.getAttribute('type'), match.getAttribute('origin'), match.getAttribute('ref')]).toEqual(['mt', 'TestMT <beta> & co', '#s1'])
    expect(childElement(match, NS.xliff2, 'target')!.textContent).toBe('Hexi village held harvest festival.')
    expect(childElement(match, NS.xliff2, 'source')!.textContent).toBe('河西村举办丰收节。')
    // A human translation (no MT) has no candidate, and an empty note no <notes>.
    expect(childElement(r3!, NS.matches, 'matches')).toBeNull()
    expect(childElement(r1!, NS.xliff2, 'notes')).toBeNull()
  })

  it('marks mentions as ITS text analysis: linked to Wikidata, to our registry, or by class only', () => {
    const [r1, r2] = units(xml)
    const [place] = marks(part(r1!, 'source'))
    expect(place!.textContent).toBe('河西村')
    expect(place!.getAttribute('type')).toBe('its:generic')
    expect(place!.getAttributeNS(NS.its, 'taClassRef')).toBe('urn:scriptorium:type:PLACE')
    expect(place!.getAttributeNS(NS.its, 'taIdentRef')).toBe('urn:scriptorium:entity:e-hexi')
    // The role holds the person: nested <mrk>s; the mention across two rows is in neither.
    const [role, person] = marks(part(r2!, 'source'))
    expect([role!.textContent, person!.textContent]).toEqual(['市长李明', '李明'])
    expect(person!.parentNode).toBe(role)
    expect(person!.getAttributeNS(NS.its, 'taIdentRef')).toBe('http://www.wikidata.org/entity/Q123456')
    expect(role!.hasAttributeNS(NS.its, 'taIdentRef')).toBe(false)
    expect(marks(part(r1!, 'source'))).toHaveLength(1)
    // In the target: the person as <mrk>, the mention crossing its end as <sm>…<em>.
    const target = part(r2!, 'target')
    expect(marks(target).map((m) => m.textContent)).toEqual(['Li Ming'])
    const [start] = marks(target, 'sm')
    const [end] = marks(target, 'em')
    expect(start!.getAttributeNS(NS.its, 'taClassRef')).toBe('urn:scriptorium:type:MISC')
    expect(end!.getAttribute('startRef')).toBe(start!.getAttribute('id'))
    expect(target.textContent).toBe([...EN].slice(38, 79).join(''))
  })

  it('reads back what it wrote: targets, states, notes and our ids', () => {
    const read = readXliff21(xml)
    expect(read).toMatchObject({ articleId: 'hexi-1', srcLang: 'zh', trgLang: 'en', sourceVersionId: 'vzh', targetVersionId: 'ven' })
    expect(read.units.map((u) => [u.id, u.target, u.state, u.notes])).toEqual([
      ['r1', 'Hexi Village held a harvest festival.', 'final', []],
      ['r2', 'Mayor Li Ming attended. He gave a speech.', 'reviewed', ['Check the title: "Mayor" <or> "Major"?']],
      ['r3', 'Village income grew.', 'translated', []],
      ['r4', 'It was sunny.', 'initial', []]
    ])
    expect(read.units[1]!.source).toBe('市长李明出席。')
  })

  it('writes characters XML cannot hold as <cp> and reads them back', () => {
    const article = fixtureArticle()
    article.target.text = EN.replace('Hexi', 'He\u0001i')
    const written = serializeXliff21(article)
    expect(written).toContain('<cp hex="0001"/>')
    expect(readXliff21(written).units[0]!.target).toBe('He\u0001i Village held a harvest festival.')
  })

  it('writes a monolingual translation with the MT as source and the post-edit as target', () => {
    const article = fixtureArticle()
    article.source = null
    article.rows = article.rows.map((r) => ({ ...r, source: null, mt: r.mt || 'Village income grows.' }))
    const written = serializeXliff21(article)
    const root = parseXml(written).documentElement!
    expect([root.getAttribute('srcLang'), root.getAttribute('trgLang')]).toEqual(['en', 'en'])
    const [r1] = units(written)
    expect(part(r1!, 'source').textContent).toBe('Hexi village held harvest festival.')
    expect(part(r1!, 'target').textContent).toBe('Hexi Village held a harvest festival.')
    expect(childElement(r1!, NS.matches, 'matches')).toBeNull()
  })
})

describe.skipIf(!XMLLINT)('XLIFF 2.1 output against the OASIS schemas (core, matches, metadata, ITS)', () => {
  it('is valid', async () => {
    expect(await validate(serializeXliff21(fixtureArticle()), SCHEMA.xliff21)).toEqual({ ok: true, errors: '' })
    const mono = fixtureArticle()
    mono.source = null
    mono.rows = mono.rows.map((r) => ({ ...r, source: null }))
    expect((await validate(serializeXliff21(mono), SCHEMA.xliff21)).ok).toBe(true)
  })

  it('really validates the module parts: a wrong value in each is refused', async () => {
    const xml = serializeXliff21(fixtureArticle())
    const broken = {
      matches: xml.replace('type="mt"', 'type="machine"'),
      its: xml.replace('its:version="2.0"', 'its:version="3.0"'),
      metadata: xml.replace('<mda:meta type="article">', '<mda:meta kind="article">'),
      core: xml.replace('state="final"', 'state="approved"')
    }
    for (const [module, text] of Object.entries(broken)) {
      expect(text, module).not.toBe(xml)
      const result = await validate(text, SCHEMA.xliff21)
      expect(result.ok, `${module}: ${result.errors}`).toBe(false)
    }
  })
})

// Said where the checks would run, so a missing xmllint is never a silent pass.
if (!XMLLINT) describe('XLIFF 2.1 schema checks', () => it.skip(MISSING, () => undefined))
