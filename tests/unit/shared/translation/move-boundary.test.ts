import { describe, expect, it } from 'vitest'
import { runArticleCommand, type ArticleCommand } from '@shared/annotation'
import { findTranslation, type MoveBoundaryInput } from '@shared/translation/commands'
import type { AlignedRow, ArticleDoc } from '@shared/model'
import { makeCtx, makeDoc, state } from '../annotation/fixtures'

const S = ['李明访问了河西村。', '他会见了村民。', '村里很热闹。']
const T = ['Li Ming visited Hexi Village.', 'He met the villagers.', 'The village was lively.']
const ZH = S.join('')
const EN = T.join(' ')

/** A span of `text` covering the given parts (BMP text: code points are UTF-16 indices). */
function span(text: string, first: string, last = first) {
  return { start: text.indexOf(first), end: text.indexOf(last) + last.length }
}

function row(id: string, source: { start: number; end: number }, target: { start: number; end: number }, extra: Partial<AlignedRow> = {}): AlignedRow {
  const mt = EN.slice(target.start, target.end)
  return { id, source, target, status: 'initial', note: '', mt, hter: null, seconds: 0, ignored: [], ...extra }
}

/** zh original, en MT; rows given as [source sentences, target sentences] index ranges. */
function docWith(rows: AlignedRow[], en = EN): ArticleDoc {
  const base = makeDoc(ZH)
  return {
    ...base,
    article: { ...base.article, language: 'zh' },
    versions: [{ id: 'v1', lang: 'zh', role: 'original', origin: 'human', text: ZH }, { id: 'v2', lang: 'en', role: 'translation', origin: 'machine', engine: 'MT', text: en }],
    alignments: [{ source: 'v1', target: 'v2', rows }]
  }
}

const move = (input: Omit<MoveBoundaryInput, 'lang'>): ArticleCommand => ({ kind: 'moveBoundary', input: { lang: 'en', ...input } })

/** Each row's source and target text. */
function pairs(doc: ArticleDoc): [string, string][] {
  const { version, alignment } = findTranslation(doc, 'en')
  return alignment.rows.map((r) => [ZH.slice(r.source!.start, r.source!.end), version.text.slice(r.target.start, r.target.end)])
}

function roundTrip(doc: ArticleDoc, command: ArticleCommand) {
  const ctx = makeCtx()
  const done = runArticleCommand(doc, command, ctx)
  const undone = runArticleCommand(done.doc, done.inverse as ArticleCommand, ctx)
  expect(state(undone.doc)).toEqual(state(doc))
  expect(findTranslation(undone.doc, 'en').alignment).toEqual(findTranslation(doc, 'en').alignment)
  return done.doc
}

describe('moveBoundary', () => {
  // 2-1 then 1-2: the second source sentence belongs to the next row.
  const twoOne = () =>
    docWith([
      row('r1', span(ZH, S[0]!, S[1]!), span(EN, T[0]!), { status: 'reviewed', note: 'check the name', seconds: 12 }),
      row('r2', span(ZH, S[2]!), span(EN, T[1]!, T[2]!), { status: 'translated' })
    ])

  it('gives the last source sentence to the next row (2-1 + 1-2 → 1-1 + 2-2) and takes it back; undo restores exactly', () => {
    const before = twoOne()
    const moved = roundTrip(before, move({ rowId: 'r1', side: 'source', direction: 'up' }))
    expect(pairs(moved)).toEqual([
      [S[0], T[0]],
      [S[1]! + S[2]!, `${T[1]} ${T[2]}`]
    ])
    const rows = findTranslation(moved, 'en').alignment.rows
    // Ids, notes and seconds stay; both rows take the lower status; MT untouched on a source move.
    expect(rows.map((r) => [r.id, r.status, r.note, r.seconds, r.mt])).toEqual([
      ['r1', 'translated', 'check the name', 12, T[0]],
      ['r2', 'translated', '', 0, `${T[1]} ${T[2]}`]
    ])
    const back = roundTrip(moved, move({ rowId: 'r1', side: 'source', direction: 'down' }))
    expect(pairs(back)).toEqual(pairs(before))
  })

  it('moves a target sentence with its MT while the giving row is unedited (1-2 → 2-1 shape on the target side)', () => {
    const moved = roundTrip(twoOne(), move({ rowId: 'r1', side: 'target', direction: 'down' }))
    expect(pairs(moved)).toEqual([
      [S[0]! + S[1]!, `${T[0]} ${T[1]}`],
      [S[2], T[2]]
    ])
    const rows = findTranslation(moved, 'en').alignment.rows
    expect(rows.map((r) => [r.mt, r.hter])).toEqual([
      [`${T[0]} ${T[1]}`, null],
      [T[2], null]
    ])
  })

  it('keeps the MT of an edited row and computes its HTER again', () => {
    const edited = `${T[1]} The village was very lively.`
    const en = `${T[0]} ${edited}`
    const doc = docWith([
      { ...row('r1', span(ZH, S[0]!, S[1]!), span(en, T[0]!)), mt: T[0]! },
      { ...row('r2', span(ZH, S[2]!), span(en, T[1]!, 'very lively.')), mt: `${T[1]} ${T[2]}`, hter: 0.2 }
    ], en)
    const moved = roundTrip(doc, move({ rowId: 'r1', side: 'target', direction: 'down' }))
    const rows = findTranslation(moved, 'en').alignment.rows
    // r2 was edited: each row keeps its MT, and the HTER says how far the text now is from it.
    expect(rows[0]!.mt).toBe(T[0])
    expect(rows[1]!.mt).toBe(`${T[1]} ${T[2]}`)
    expect(rows[0]!.hter).toBeGreaterThan(0)
    expect(rows[1]!.hter).toBeGreaterThan(0)
  })

  it('can empty one side of a row (1-1 + 1-1 → 0-1 + 2-1) but never both sides', () => {
    const doc = docWith([row('r1', span(ZH, S[0]!), span(EN, T[0]!)), row('r2', span(ZH, S[1]!, S[2]!), span(EN, T[1]!, T[2]!))])
    const moved = roundTrip(doc, move({ rowId: 'r1', side: 'source', direction: 'up' }))
    expect(pairs(moved)).toEqual([
      ['', T[0]],
      [S[0]! + S[1]! + S[2]!, `${T[1]} ${T[2]}`]
    ])
    expect(() => runArticleCommand(moved, move({ rowId: 'r1', side: 'target', direction: 'up' }), makeCtx())).toThrow(expect.objectContaining({ code: 'segment.wouldBeEmpty' }))
    expect(() => runArticleCommand(moved, move({ rowId: 'r1', side: 'source', direction: 'up' }), makeCtx())).toThrow(expect.objectContaining({ code: 'segment.nothingToMove' }))
    // And back: the empty row takes the first sentence again.
    expect(pairs(roundTrip(moved, move({ rowId: 'r1', side: 'source', direction: 'down' })))).toEqual(pairs(doc))
  })

  it('refuses the last row, a move across a paragraph break and an unknown row', () => {
    const doc = twoOne()
    expect(() => runArticleCommand(doc, move({ rowId: 'r2', side: 'source', direction: 'up' }), makeCtx())).toThrow(expect.objectContaining({ code: 'segment.lastBoundary' }))
    expect(() => runArticleCommand(doc, move({ rowId: 'nope', side: 'source', direction: 'up' }), makeCtx())).toThrow(expect.objectContaining({ code: 'segment.notFound' }))
    const en = `${T[0]}\n\n${T[1]} ${T[2]}`
    const split = docWith([row('r1', span(ZH, S[0]!), span(en, T[0]!)), row('r2', span(ZH, S[1]!, S[2]!), span(en, T[1]!, T[2]!))], en)
    expect(() => runArticleCommand(split, move({ rowId: 'r1', side: 'target', direction: 'up' }), makeCtx())).toThrow(expect.objectContaining({ code: 'segment.crossesParagraph' }))
  })
})
