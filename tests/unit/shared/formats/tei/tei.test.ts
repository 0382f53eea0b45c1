import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseXml } from '@shared/formats/xml/safe-xml'
import { TEI_NS, teiFiles } from '@shared/formats/tei'
import { richDoc, richInput } from '../interchange-fixture'

const JING = '/usr/bin/jing'
const RNG = join(__dirname, '../../../../validators/schemas/tei/tei_all.rng')
const dir = mkdtempSync(join(tmpdir(), 'tei-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** jing's verdict on a document: '' when valid, else its messages. */
function jing(xml: string): string {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.xml`)
  writeFileSync(file, xml)
  try {
    execFileSync(JING, [RNG, file], { stdio: ['ignore', 'pipe', 'ignore'] })
    return ''
  } catch (error) {
    return String((error as { stdout?: Buffer }).stdout ?? error)
  }
}

const [file] = teiFiles(richInput())
const xml = file!.text

describe('TEI P5', () => {
  it('is <id>.tei.xml, well-formed, in the TEI namespace', () => {
    expect(file!.path).toBe('art1.tei.xml')
    expect(parseXml(xml).documentElement!.namespaceURI).toBe(TEI_NS)
  })

  it('marks mentions inline with TEI elements, ref to the entity in standOff', () => {
    expect(xml).toContain('<persName xml:id="a-z1" ref="#ent-e1">胡涛</persName>')
    // Nested mentions nest: 阜新 inside 阜新市.
    expect(xml).toContain('<placeName xml:id="a-z2" ref="#ent-e2" cert="low"><placeName xml:id="a-z3">阜新</placeName>市</placeName>')
    expect(xml).toContain('<name xml:id="a-e5a" type="work">😀 He</name>')
    expect(xml).toContain('<person xml:id="ent-e1"><persName>Hu Tao</persName><persName xml:lang="en">Hu Tao</persName><persName xml:lang="zh">胡涛</persName><idno type="wikidata">Q42</idno></person>')
    expect(xml).toContain('<listPlace><place xml:id="ent-e2">')
  })

  it('puts translations in their own <div type="translation" xml:lang>', () => {
    expect(xml).toContain('<div type="original" xml:id="v-v1" xml:lang="zh">')
    expect(xml).toContain('<div type="translation" xml:id="v-v2" xml:lang="en" subtype="machine">')
    expect(xml).toContain('<div type="translation" xml:id="v-v3" xml:lang="en" subtype="human">')
  })

  it('moves crossing and cross-paragraph mentions to standOff spans by code-point string-range', () => {
    // 纪念馆位于抚顺 crosses 雷锋纪念馆, which starts first and stays inline.
    const doc = richDoc()
    const event = doc.annotations.find((a) => a.id === 'z6')!
    const { start, end } = event.target.position
    expect(xml).toContain(`<span xml:id="a-z6" type="EVENT" target="#string-range(v-v1,${start},${end - start})">纪念馆位于抚顺</span>`)
    expect(xml).toContain('<orgName xml:id="a-z5">雷锋纪念馆</orgName>')
    expect(xml).toMatch(/<span xml:id="a-e4a" type="MISC" target="#string-range\(v-v2,\d+,18\)">/)
    expect(xml).toContain('<relation xml:id="rel-r1" name="located-in" active="#a-z5" passive="#a-z7"><desc>museum\nin Fushun</desc></relation>')
    expect(xml).not.toContain('Anshan')
  })

  it('escapes a hostile title and notes', () => {
    expect(xml).toContain('<title>Hu Tao &lt;script&gt;alert(1)&lt;/script&gt; in Fuxin &amp; more</title>')
    expect(xml).toContain('Communist Youth League &lt;CYL&gt; &amp; co')
  })

  it.skipIf(!existsSync(JING))('is valid against tei_all.rng (jing)', () => {
    expect(jing(xml)).toBe('')
    const controls = richDoc()
    controls.versions[0] = { ...controls.versions[0]!, text: `${controls.versions[0]!.text}\u0001\uFFFF` }
    controls.article.title = '"quoted" \u0007 title'
    expect(jing(teiFiles(richInput(controls))[0]!.text)).toBe('')
  })

  it.skipIf(!existsSync(JING))('jing does fail an invalid document (the check can fail)', () => {
    expect(jing(xml.replace('<persName xml:id="a-z1"', '<persName bogus="1" xml:id="a-z1"'))).toContain('bogus')
  })

  it.runIf(!existsSync(JING))('skips the jing validation: /usr/bin/jing is not installed', () => {
    expect(existsSync(JING)).toBe(false)
  })
})
