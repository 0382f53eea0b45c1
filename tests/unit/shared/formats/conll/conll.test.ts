import { describe, expect, it } from 'vitest'
import { conllFiles, conllVersion, parseConll } from '@shared/formats/conll'
import { ImportFailure } from '@shared/formats/failure'
import { EN, richDoc, richInput } from '../interchange-fixture'

const files = new Map(conllFiles(richInput()).map((f) => [f.path, f.text]))

const rows = (text: string): string[][] => text.split('\n').map((line) => (line === '' ? [] : line.split('\t')))

describe('CoNLL IOB2', () => {
  it('writes <lang>.conll per version: token<TAB>tag, a blank line after each sentence', () => {
    expect([...files.keys()]).toEqual(['zh.conll', 'en.conll', 'en-2.conll'])
    expect(files.get('en-2.conll')).toBe('Hu\tB-PERSON\nTao\tI-PERSON\nvisited\tO\nFuxin\tO\n.\tO\n')
    const en = rows(files.get('en.conll')!)
    expect(en.filter((r) => r.length === 0).length).toBeGreaterThan(0)
    for (const row of en) expect(row.length === 0 || (row.length === 2 && /^(O|[BI]-[A-Z]+)$/.test(row[1]!))).toBe(true)
  })

  it('tokenises Chinese with Intl.Segmenter and cuts tokens at mention edges', () => {
    const zh = rows(files.get('zh.conll')!)
    const tagged = zh.filter((r) => r.length === 2 && r[1] !== 'O').map((r) => r.join(' '))
    // The dictionary cuts the name 胡涛 in two: B- then I-.
    expect(tagged.slice(0, 2)).toEqual(['胡 B-PERSON', '涛 I-PERSON'])
    expect(tagged.some((t) => t.startsWith('阜新') && t.endsWith('B-PLACE'))).toBe(true)
    expect(zh.filter((r) => r.length === 2).map((r) => r[0]).join('')).toBe(richDoc().versions[0]!.text.replace(/\s/g, ''))
  })

  it('keeps the outer of overlapping mentions and reports the ones it drops', () => {
    const doc = richDoc()
    const zh = conllVersion(doc.versions[0]!, doc.annotations)
    // 阜新 inside 阜新市, 抚顺 inside 纪念馆位于抚顺, and 雷锋纪念馆 crossing the longer 纪念馆位于抚顺.
    expect(zh.dropped.map((a) => a.target.quote.exact).sort()).toEqual(['抚顺', '阜新', '雷锋纪念馆'].sort())
  })

  it('keeps a mention across sentences whole (the sentences are joined)', () => {
    const en = files.get('en.conll')!
    expect(en).toMatch(/Lei\tB-MISC\nFeng\tI-MISC\n\.\tI-MISC\n"\tI-MISC\nSecond\tI-MISC\n/)
  })

  it('round-trips: the parsed text holds each kept mention with its type', () => {
    const doc = richDoc()
    const parsed = parseConll(files.get('en.conll')!)
    const found = parsed.spans.map((s) => `${s.type}:${[...parsed.text].slice(s.start, s.end).join('')}`)
    expect(found).toEqual(['PERSON:Hu Tao', 'PLACE:Fuxin City', 'WORK:😀 He', 'ORG:Youth League', 'MISC:Lei Feng." Second'])
    expect(parsed.text.startsWith('District party secretary Comrade Hu Tao inspected Fuxin City.')).toBe(true)
    expect(EN).toContain('Hu Tao')
    const zh = parseConll(files.get('zh.conll')!)
    expect(zh.text.split('\n')[0]).toBe(doc.versions[0]!.text.split(/(?<=。)/)[0])
    expect(zh.spans.map((s) => [...zh.text].slice(s.start, s.end).join(''))).toEqual(['胡涛', '阜新市', '雷锋', '纪念馆位于抚顺'])
  })

  it('reads CoNLL-2003 columns, -DOCSTART-, IOB1 and IOBES tags', () => {
    const parsed = parseConll('-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP S-MISC\ncall NN I-NP O\n')
    expect(parsed.text).toBe('EU rejects German call')
    expect(parsed.spans.map((s) => [s.type, s.start, s.end])).toEqual([['ORG', 0, 2], ['MISC', 11, 17]])
  })

  it('refuses a line without a tag and an unknown tag, naming the line', () => {
    const code = (input: string): unknown => {
      try {
        parseConll(input)
      } catch (error) {
        return error instanceof ImportFailure ? [error.code, error.params] : error
      }
      return null
    }
    expect(code('Hu\tB-PERSON\nTao\n')).toEqual(['import.conllMalformedLine', { line: 2 }])
    expect(code('Hu\tB-PERSON\n\nTao\tX-PERSON\n')).toEqual(['import.conllMalformedLine', { line: 3 }])
  })
})
