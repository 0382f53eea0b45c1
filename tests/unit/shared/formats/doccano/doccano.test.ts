import { describe, expect, it } from 'vitest'
import { parseDoccano } from '@shared/formats/doccano'
import { ImportFailure } from '@shared/formats/failure'

const failure = (input: string): unknown => {
  try {
    parseDoccano(input)
  } catch (error) {
    return error instanceof ImportFailure ? [error.code, error.params] : error
  }
  return null
}

const quoted = (record: { text: string; spans: { start: number; end: number; type: string }[] }): string[] =>
  record.spans.map((s) => `${s.type}:${[...record.text].slice(s.start, s.end).join('')}`)

describe('doccano JSONL', () => {
  it('reads one article per line, in the label-triples shape', () => {
    const records = parseDoccano('{"text": "Hu Tao visited Fuxin.", "label": [[0, 6, "PER"], [15, 20, "LOC"]]}\n\n{"text": "胡涛同志", "labels": [[0, 2, "person"]], "meta": {"title": "短讯"}}\n')
    expect(records.map((r) => [r.line, r.title, quoted(r)])).toEqual([
      [1, null, ['PER:Hu Tao', 'LOC:Fuxin']],
      [3, '短讯', ['PERSON:胡涛']]
    ])
  })

  it('reads the newer entities shape with relations, offsets in UTF-16 units turned into code points', () => {
    const line = JSON.stringify({
      id: 7,
      text: '😀 Hu Tao met Li Yang.',
      entities: [
        { id: 11, label: 'PERSON', start_offset: 3, end_offset: 9 },
        { id: 12, label: 'PERSON', start_offset: 14, end_offset: 21 }
      ],
      relations: [{ id: 1, from_id: 11, to_id: 12, type: 'met with' }]
    })
    const [record] = parseDoccano(line)
    expect(quoted(record!)).toEqual(['PERSON:Hu Tao', 'PERSON:Li Yang'])
    expect(record!.spans[0]).toMatchObject({ start: 2, end: 8 })
    expect(record!.relations).toEqual([{ type: 'met-with', from: '11', to: '12', note: '' }])
  })

  it('refuses malformed lines and labels past the end, naming the line', () => {
    expect(failure('{"text": "a", "label": []}\n{"text": 1}')).toEqual(['import.doccanoMalformedLine', { line: 2 }])
    expect(failure('not json')).toEqual(['import.doccanoMalformedLine', { line: 1 }])
    expect(failure('{"text": "abc", "label": [[2, 1, "X"]]}')).toEqual(['import.doccanoMalformedLine', { line: 1 }])
    expect(failure('{"text": "abc", "label": [[0, 9, "X"]]}')).toEqual(['import.doccanoOffsetPastEnd', { line: 1, end: 9, length: 3 }])
    expect(failure('{"text": "abc", "label": "X"}')).toEqual(['import.doccanoMalformedLine', { line: 1 }])
  })
})
