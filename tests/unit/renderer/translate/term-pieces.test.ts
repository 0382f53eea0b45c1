import { describe, expect, it } from 'vitest'
import { segment } from '../../../../src/renderer/src/features/annotate/text/segments'
import { termPieces } from '../../../../src/renderer/src/features/translate/glossary/term-pieces'

const slices = (text: string, pieces: ReturnType<typeof termPieces>) => pieces.map((p) => [text.slice(p.start, p.end), p.term])

describe('termPieces', () => {
  it('cuts the text at the terms, in UTF-16 after a character outside the BMP', () => {
    const text = '𠮷周明远出席柳溪镇会议'
    // Code points: 𠮷=0, 周明远=1..4, 出席=4..6, 柳溪镇=6..9, 会议=9..11.
    const pieces = termPieces(text, [
      { start: 1, end: 4 },
      { start: 6, end: 9 }
    ])
    expect(slices(text, pieces)).toEqual([
      ['𠮷', null],
      ['周明远', 0],
      ['出席', null],
      ['柳溪镇', 1],
      ['会议', null]
    ])
  })

  it('gives the whole text as one piece with no terms, and nothing for an empty text', () => {
    expect(termPieces('周明远', [])).toEqual([{ start: 0, end: 3, term: null }])
    expect(termPieces('', [])).toEqual([])
  })

  it('leaves no empty piece for terms at the edges or side by side', () => {
    const text = '周明远柳溪镇'
    expect(slices(text, termPieces(text, [{ start: 0, end: 3 }, { start: 3, end: 6 }]))).toEqual([
      ['周明远', 0],
      ['柳溪镇', 1]
    ])
  })

  it('skips a term overlapping the one before, or empty', () => {
    const text = '周明远出席'
    expect(slices(text, termPieces(text, [{ start: 0, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 4 }]))).toEqual([
      ['周明远', 0],
      ['出席', null]
    ])
  })

  it('with the tag runs of each piece, a tag across a term boundary is cut there and covers the same text', () => {
    const text = '镇党委书记周明远出席'
    const tag = { id: 'a1', type: 'PERSON', start: 2, end: 8, level: 0 }
    const runs = termPieces(text, [{ start: 5, end: 8 }]).flatMap((piece) =>
      segment(piece.start, piece.end, [tag], []).map((run) => [text.slice(run.start, run.end), piece.term, run.marks.map((m) => m.id)])
    )
    expect(runs).toEqual([
      ['镇党', null, []],
      ['委书记', null, ['a1']],
      ['周明远', 0, ['a1']],
      ['出席', null, []]
    ])
  })

  it('draws each piece once when a tag lies wholly in another piece', () => {
    const text = '10月12日，柳塘镇举办读书节。镇长周明远颁奖。'
    const tag = { id: 'a1', type: 'PERSON', start: text.indexOf('周明远'), end: text.indexOf('周明远') + 3, level: 0 }
    const pieces = termPieces(text, [{ start: 7, end: 10 }])
    const drawn = pieces.flatMap((piece) => segment(piece.start, piece.end, [tag], []).map((run) => text.slice(run.start, run.end)))
    expect(drawn.join('')).toBe(text)
  })
})
