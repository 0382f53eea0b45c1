import { describe, expect, it } from 'vitest'
import { bratFiles, parseBrat } from '@shared/formats/brat'
import { ImportFailure } from '@shared/formats/failure'
import { textFiles } from '@shared/formats/text'
import { EN, ZH, richInput } from '../interchange-fixture'

const files = new Map(bratFiles(richInput()).map((f) => [f.path, f.text]))

function failure(fn: () => unknown): { code: string; params: Record<string, unknown> } | null {
  try {
    fn()
  } catch (error) {
    if (error instanceof ImportFailure) return { code: error.code, params: error.params }
    throw error
  }
  return null
}

describe('brat standoff', () => {
  it('writes <lang>.txt and <lang>.ann per version (a suffix for a second English one) and the brat configuration', () => {
    expect([...files.keys()]).toEqual(['zh.txt', 'zh.ann', 'en.txt', 'en.ann', 'en-2.txt', 'en-2.ann', 'annotation.conf', 'visual.conf'])
    expect(files.get('zh.txt')).toBe(ZH)
    // The .txt is the same file textFiles writes, so a bundle writes it once.
    expect(textFiles(richInput()).map((f) => [f.path, f.text])).toEqual([...files].filter(([p]) => p.endsWith('.txt')))
    expect(files.get('annotation.conf')).toContain('located-in\tArg1:<ENTITY>, Arg2:<ENTITY>')
  })

  it('counts offsets in code points, after an emoji too', () => {
    const ann = files.get('en.ann')!
    const t = /^T\d+\tWORK (\d+) (\d+)\t(.*)$/m.exec(ann)!
    expect([...EN].slice(Number(t[1]), Number(t[2])).join('')).toBe('😀 He')
    expect(Number(t[1])).toBe([...EN.slice(0, EN.indexOf('😀'))].length)
  })

  it('writes T, A, N, # and R lines, and a span across a line break as fragments', () => {
    const zh = files.get('zh.ann')!
    expect(zh).toMatch(/^T1\tPERSON 4 6\t胡涛$/m)
    expect(zh).toMatch(/^N1\tReference T1 Wikidata:Q42\tHu Tao$/m)
    expect(zh).toMatch(/^#1\tAnnotatorNotes T1\tparty secretary since 2019$/m)
    expect(zh).toMatch(/^A\d+\tUncertain T2$/m)
    expect(zh).toMatch(/^N\d+\tReference T2 Scriptorium:e2\tFuxin$/m)
    expect(zh).toMatch(/^R1\tlocated-in Arg1:T\d+ Arg2:T\d+$/m)
    expect(files.get('en.ann')).toMatch(/^T\d+\tMISC \d+ \d+;\d+ \d+\tLei Feng\." Second$/m)
    // The orphan (its quote is gone from the text) is not written.
    expect(files.get('en.ann')).not.toContain('Anshan')
  })

  it('round-trips: parsing what it wrote gives back the mentions, flags, entities, notes and relations', () => {
    const input = richInput()
    for (const version of input.doc.versions.slice(0, 2)) {
      const stem = version.lang
      const parsed = parseBrat(files.get(`${stem}.txt`)!, files.get(`${stem}.ann`)!)
      const expected = input.doc.annotations
        .filter((a) => a.target.source === version.id && !a.orphan)
        .map((a) => `${a.type} ${a.target.position.start}-${a.target.position.end} ${JSON.stringify(a.attributes)} ${a.note.replace(/\n/g, ' ')}`)
        .sort()
      expect(parsed.spans.map((s) => `${s.type} ${s.start}-${s.end} ${JSON.stringify(s.attributes)} ${s.note}`).sort()).toEqual(expected)
    }
    const zh = parseBrat(ZH, files.get('zh.ann')!)
    const byKey = new Map(zh.spans.map((s) => [s.key, s]))
    expect(zh.spans.find((s) => s.type === 'PERSON' && s.start === 4)!.reference).toEqual({ db: 'wikidata', id: 'Q42', name: 'Hu Tao' })
    expect(zh.relations.map((r) => `${byKey.get(r.from)!.type}-${r.type}-${byKey.get(r.to)!.type}:${r.note}`).sort()).toEqual([
      'ORG-located-in-PLACE:museum in Fushun',
      'PERSON-attended-PLACE:'
    ])
  })

  it('refuses malformed lines, naming the line', () => {
    expect(failure(() => parseBrat('Hu Tao', 'T1\tPERSON 0 6\tHu Tao\nT2 PERSON 0 2 Hu'))).toEqual({ code: 'import.annMalformedLine', params: { line: 2 } })
    expect(failure(() => parseBrat('Hu Tao', 'T1\tPERSON zero 6\tHu Tao'))?.code).toBe('import.annMalformedLine')
    expect(failure(() => parseBrat('Hu Tao', 'T1\tPERSON 4 2\tx'))?.code).toBe('import.annMalformedLine')
    expect(failure(() => parseBrat('Hu Tao', 'T1\tPERSON 0 6\tHu Tao\nX1\twhat'))).toEqual({ code: 'import.annMalformedLine', params: { line: 2 } })
  })

  it('refuses an offset past the end of the text, and a quote that is not the text there', () => {
    expect(failure(() => parseBrat('Hu 😀', 'T1\tPERSON 0 5\tHu 😀x'))).toEqual({ code: 'import.annOffsetPastEnd', params: { line: 1, end: 5, length: 4 } })
    expect(failure(() => parseBrat('Hu Tao', 'T1\tPERSON 0 2\tLi'))?.code).toBe('import.annTextMismatch')
  })

  it('refuses references to ids the file does not define', () => {
    expect(failure(() => parseBrat('Hu Tao', 'T1\tPERSON 0 2\tHu\nR1\tmember-of Arg1:T1 Arg2:T9'))).toEqual({ code: 'import.annUnknownId', params: { line: 2, id: 'T9' } })
    expect(failure(() => parseBrat('Hu Tao', '#1\tAnnotatorNotes T4\tnote'))?.code).toBe('import.annUnknownId')
  })

  it('reads what other tools write: types in any case, events skipped, CRLF', () => {
    const parsed = parseBrat('Li Yang met Bob.', 'T1\tPerson 0 7\tLi Yang\r\nT2\tgeo-loc 12 15\tBob\r\nE1\tMeet:T1\r\n')
    expect(parsed.spans.map((s) => s.type)).toEqual(['PERSON', 'GEO-LOC'])
  })
})
