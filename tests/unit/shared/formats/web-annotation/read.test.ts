import { describe, expect, it } from 'vitest'
import { ImportFailure } from '@shared/formats/failure'
import { anchorWebAnnotations, readWebAnnotations, webAnnotationFiles } from '@shared/formats/web-annotation'
import { richDoc, richInput } from '../interchange-fixture'

const code = (fn: () => unknown): string | null => {
  try {
    fn()
  } catch (error) {
    return error instanceof ImportFailure ? error.code : String(error)
  }
  return null
}

const HYPOTHESIS = {
  total: 2,
  rows: [
    {
      id: 'h1',
      uri: 'https://example.org/news',
      text: 'Secretary of the district',
      tags: ['person'],
      target: [{ source: 'https://example.org/news', selector: [
        { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 6 },
        { type: 'TextPositionSelector', start: 900, end: 906 },
        { type: 'TextQuoteSelector', exact: 'Hu Tao', prefix: 'Comrade ', suffix: ' inspected' }
      ] }]
    },
    { id: 'h2', text: 'page note', tags: [], target: [{ source: 'https://example.org/news' }] }
  ]
}

const RECOGITO = [
  {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://recogito.example/annotation/1',
    type: 'Annotation',
    body: [
      { type: 'TextualBody', purpose: 'classifying', value: 'PLACE' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q1234' },
      { type: 'TextualBody', purpose: 'tagging', value: 'city' },
      { type: 'TextualBody', purpose: 'commenting', value: 'prefecture-level city' }
    ],
    target: { source: 'https://recogito.example/document/x', selector: [
      { type: 'TextQuoteSelector', exact: 'Fuxin City' },
      { type: 'TextPositionSelector', start: 50, end: 60 }
    ] }
  },
  {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://recogito.example/annotation/2',
    type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'tagging', value: 'Vanished' },
    target: { selector: { type: 'TextQuoteSelector', exact: 'a quote no version holds' } }
  }
]

describe('reading Web Annotation JSON-LD', () => {
  it('reads Hypothesis exports (rows, tags, text) and anchors by quote, the position only a hint', () => {
    const read = readWebAnnotations(JSON.stringify(HYPOTHESIS))
    expect(read.annotations).toHaveLength(1)
    const result = anchorWebAnnotations(read, richDoc().versions)
    expect(result.spans).toEqual([
      expect.objectContaining({ type: 'PERSON', note: 'Secretary of the district', versionId: 'v2', start: 33, end: 39 })
    ])
  })

  it('reads Recogito exports (classifying type, identifying IRI, tags, comments) and reports what it cannot anchor', () => {
    const result = anchorWebAnnotations(readWebAnnotations(JSON.stringify(RECOGITO)), richDoc().versions)
    expect(result.spans).toEqual([
      expect.objectContaining({
        type: 'PLACE', note: 'prefecture-level city', versionId: 'v2',
        reference: { db: 'iri', id: 'http://www.wikidata.org/entity/Q1234', name: '' }
      })
    ])
    expect(result.unanchored.map((a) => a.exact)).toEqual(['a quote no version holds'])
  })

  it('round-trips our own annotations.jsonld into the same article', () => {
    const doc = richDoc()
    const written = webAnnotationFiles(richInput(doc))[0]!.text
    const result = anchorWebAnnotations(readWebAnnotations(written), doc.versions)
    const expected = doc.annotations.filter((a) => !a.orphan).map((a) => `${a.target.source} ${a.type} ${a.target.position.start}-${a.target.position.end} ${a.note}`)
    expect(result.spans.map((s) => `${s.versionId} ${s.type} ${s.start}-${s.end} ${s.note}`)).toEqual(expected)
    expect(result.spans.find((s) => s.key.endsWith('z2'))!.attributes).toEqual({ uncertain: true })
    expect(result.spans.find((s) => s.key.endsWith('z1'))!.reference).toEqual({ db: 'iri', id: 'http://www.wikidata.org/entity/Q42', name: '' })
    // The orphan's quote (Anshan) is in no version: reported, not placed.
    expect(result.unanchored.map((a) => a.exact)).toEqual(['Anshan'])
    expect(result.relations.map((r) => `${r.type} ${r.from.split(':').pop()}→${r.to.split(':').pop()}`)).toEqual(['located-in z5→z7', 'attended z1→z3', 'member-of e1a→e3a'])
  })

  it('anchors a fuzzy quote only when its context agrees', () => {
    const versions = richDoc().versions
    const near = { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Youth Leage', prefix: 'said: "The ', suffix: ' must learn' } } }
    expect(anchorWebAnnotations(readWebAnnotations(JSON.stringify(near)), versions).spans[0]).toMatchObject({ versionId: 'v2' })
    const loose = { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Youth Leage', prefix: 'zzzzzzzz', suffix: 'qqqqqqq' } } }
    expect(anchorWebAnnotations(readWebAnnotations(JSON.stringify(loose)), versions).spans).toEqual([])
  })

  it('refuses malformed JSON-LD and files with no quoted annotation', () => {
    expect(code(() => readWebAnnotations('{"type": "Annotation",'))).toBe('import.jsonLdInvalid')
    expect(code(() => readWebAnnotations('42'))).toBe('import.jsonLdInvalid')
    expect(code(() => readWebAnnotations('{"type":"AnnotationCollection","total":0}'))).toBe('import.jsonLdNoAnnotations')
  })
})
