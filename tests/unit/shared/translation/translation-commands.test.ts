import { describe, expect, it } from 'vitest'
import { addAnnotation, runArticleCommand, type ArticleCommand } from '@shared/annotation'
import { applyPatch, smallestPatch } from '@shared/translation/edit'
import { findTranslation, markMachineTranslation } from '@shared/translation/commands'
import type { ArticleDoc } from '@shared/model'
import { makeCtx, makeDoc, state } from '../annotation/fixtures'

const ZH = '市长李明周一访问了河西村。\n\n他说，今年全村收入增长了三千五百万元。'
const EN = 'Mayor Li Ming visited the the Hexi Village on Monday.\n\nHe said the village income grew by 35 million yuan this year.'

function zhDoc(): ArticleDoc {
  const doc = makeDoc(ZH)
  return { ...doc, article: { ...doc.article, language: 'zh' }, versions: [{ ...doc.versions[0]!, lang: 'zh', role: 'original' }] }
}

/** Runs a command, then its inverse, then the inverse's inverse, checking each state. */
function roundTrip(doc: ArticleDoc, command: ArticleCommand, ctx = makeCtx()) {
  const done = runArticleCommand(doc, command, ctx)
  const undone = runArticleCommand(done.doc, done.inverse as ArticleCommand, ctx)
  expect(state(undone.doc)).toEqual(state(doc))
  const redone = runArticleCommand(undone.doc, undone.inverse as ArticleCommand, ctx)
  expect(state(redone.doc)).toEqual(state(done.doc))
  return done
}

function withTranslation() {
  const ctx = makeCtx()
  const added = runArticleCommand(zhDoc(), { kind: 'addTranslation', input: { lang: 'en', text: EN, engine: 'TestMT' } }, ctx)
  return { doc: added.doc, ctx }
}

const targetText = (doc: ArticleDoc, lang = 'en') => {
  const { version, alignment } = findTranslation(doc, lang)
  return alignment.rows.map((r) => [...version.text].slice(r.target.start, r.target.end).join(''))
}

describe('translation commands', () => {
  it('adds a machine translation, segmented and aligned, and undoes it', () => {
    const done = roundTrip(zhDoc(), { kind: 'addTranslation', input: { lang: 'en', text: EN, engine: 'TestMT' } })
    const { version, alignment } = findTranslation(done.doc, 'en')
    expect(version).toMatchObject({ role: 'translation', origin: 'machine', engine: 'TestMT', lang: 'en' })
    expect(alignment.source).toBe(done.doc.versions[0]!.id)
    expect(alignment.rows).toHaveLength(2)
    expect(alignment.rows.map((r) => r.mt)).toEqual(targetText(done.doc))
    expect(alignment.rows[0]).toMatchObject({ status: 'initial', hter: null, seconds: 0, note: '', ignored: [] })
    expect(done.event.action).toBe('translation.add')
  })

  it('refuses a second text in the same language and an empty text', () => {
    const { doc, ctx } = withTranslation()
    expect(() => runArticleCommand(doc, { kind: 'addTranslation', input: { lang: 'en', text: 'x' } }, ctx)).toThrow(/already/)
    expect(() => runArticleCommand(doc, { kind: 'addTranslation', input: { lang: 'fr', text: '  ' } }, ctx)).toThrow(/empty/)
  })

  it('post-edits a row: later rows move, hter and seconds follow, undo and redo restore', () => {
    const { doc, ctx } = withTranslation()
    const { alignment } = findTranslation(doc, 'en')
    const [first, second] = alignment.rows
    const done = roundTrip(doc, { kind: 'postEdit', input: { lang: 'en', rowId: first!.id, text: 'Mayor Li Ming visited Hexi Village on Monday.', status: 'translated', seconds: 12 } }, ctx)
    const after = findTranslation(done.doc, 'en')
    expect(targetText(done.doc)).toEqual(['Mayor Li Ming visited Hexi Village on Monday.', 'He said the village income grew by 35 million yuan this year.'])
    expect(after.alignment.rows[0]).toMatchObject({ status: 'translated', seconds: 12, mt: first!.mt })
    expect(after.alignment.rows[0]!.hter).toBeGreaterThan(0)
    expect(after.alignment.rows[1]!.target.start).toBe(second!.target.start - 8)
    expect(after.alignment.rows[1]!.hter).toBeNull()
    expect(done.mergeKey).toBeUndefined()
    const noted = runArticleCommand(done.doc, { kind: 'postEdit', input: { lang: 'en', rowId: first!.id, note: 'n' } }, ctx)
    expect(noted.mergeKey).toBe(`postEdit:${after.version.id}:${first!.id}`)
  })

  it('moves annotations after the edit, re-anchors those inside it, orphans what is gone', () => {
    const { doc: base, ctx } = withTranslation()
    const { version, alignment } = findTranslation(base, 'en')
    const text = version.text
    const at = (needle: string) => {
      const start = [...text.slice(0, text.indexOf(needle))].length
      return { start, end: start + [...needle].length }
    }
    let doc = addAnnotation(base, { ...at('Li Ming'), type: 'PERSON', source: version.id }, ctx).doc
    doc = addAnnotation(doc, { ...at('Monday'), type: 'DATE', source: version.id }, ctx).doc
    doc = addAnnotation(doc, { ...at('village income'), type: 'ORG', source: version.id }, ctx).doc
    const [li, monday, village] = doc.annotations
    const done = roundTrip(doc, { kind: 'postEdit', input: { lang: 'en', rowId: alignment.rows[0]!.id, text: 'Mayor Li Ming visited Hexi on Tuesday.' } }, ctx)
    const next = findTranslation(done.doc, 'en').version.text
    const byId = new Map(done.doc.annotations.map((a) => [a.id, a]))
    const show = (id: string) => {
      const a = byId.get(id)!
      return [...next].slice(a.target.position.start, a.target.position.end).join('')
    }
    expect(byId.get(li!.id)!.orphan).toBe(false)
    expect(show(li!.id)).toBe('Li Ming')
    expect(byId.get(monday!.id)!.orphan).toBe(true)
    expect(byId.get(village!.id)!.orphan).toBe(false)
    expect(show(village!.id)).toBe('village income')
  })

  it('sets status and note alone, without touching the text', () => {
    const { doc, ctx } = withTranslation()
    const row = findTranslation(doc, 'en').alignment.rows[1]!
    const done = roundTrip(doc, { kind: 'postEdit', input: { lang: 'en', rowId: row.id, status: 'reviewed', note: 'check 35' } }, ctx)
    expect(findTranslation(done.doc, 'en').version.text).toBe(EN)
    expect(findTranslation(done.doc, 'en').alignment.rows[1]).toMatchObject({ status: 'reviewed', note: 'check 35', hter: null })
    expect(() => runArticleCommand(done.doc, { kind: 'postEdit', input: { lang: 'en', rowId: row.id, status: 'reviewed' } }, ctx)).toThrow(/Nothing/)
    expect(() => runArticleCommand(doc, { kind: 'postEdit', input: { lang: 'en', rowId: 'nope', status: 'final' } }, ctx)).toThrow(/No segment/)
    expect(() => runArticleCommand(doc, { kind: 'postEdit', input: { lang: 'fr', rowId: row.id, status: 'final' } }, ctx)).toThrow(/no translation/)
  })

  it('splits a target segment and merges it back', () => {
    const { doc, ctx } = withTranslation()
    const row = findTranslation(doc, 'en').alignment.rows[1]!
    const cut = row.target.start + [...'He said'].length
    const split = roundTrip(doc, { kind: 'splitSegment', input: { lang: 'en', rowId: row.id, side: 'target', at: cut } }, ctx)
    expect(targetText(split.doc)).toEqual([targetText(doc)[0], 'He said', 'the village income grew by 35 million yuan this year.'])
    const rows = findTranslation(split.doc, 'en').alignment.rows
    expect(rows[2]!.source).toEqual({ start: row.source!.end, end: row.source!.end })
    expect(rows[2]!.mt).toBe('the village income grew by 35 million yuan this year.')
    const merged = roundTrip(split.doc, { kind: 'mergeSegments', input: { lang: 'en', rowId: rows[1]!.id } }, ctx)
    const back = findTranslation(merged.doc, 'en').alignment.rows
    expect(back).toHaveLength(2)
    expect(back[1]).toMatchObject({ source: row.source, target: row.target, mt: row.mt })
    expect(() => runArticleCommand(doc, { kind: 'splitSegment', input: { lang: 'en', rowId: row.id, side: 'target', at: row.target.start } }, ctx)).toThrow(/strictly inside/)
    expect(() => runArticleCommand(doc, { kind: 'mergeSegments', input: { lang: 'en', rowId: row.id } }, ctx)).toThrow(/last segment/)
  })

  it('splits a source segment into a 1-0 bead', () => {
    const { doc, ctx } = withTranslation()
    const row = findTranslation(doc, 'en').alignment.rows[1]!
    const split = roundTrip(doc, { kind: 'splitSegment', input: { lang: 'en', rowId: row.id, side: 'source', at: row.source!.start + 3 } }, ctx)
    const rows = findTranslation(split.doc, 'en').alignment.rows
    expect(rows[2]!.target).toEqual({ start: row.target.end, end: row.target.end })
    expect(rows[1]!.source).toEqual({ start: row.source!.start, end: row.source!.start + 3 })
    // Text typed into the empty target is kept apart from the sentence before it by a space.
    const filled = roundTrip(split.doc, { kind: 'postEdit', input: { lang: 'en', rowId: rows[2]!.id, text: 'It was a good year.' } }, ctx)
    expect(findTranslation(filled.doc, 'en').version.text).toBe(EN.replace('this year.', 'this year. It was a good year.'))
    expect(targetText(filled.doc)).toEqual([...targetText(doc), 'It was a good year.'])
    expect(findTranslation(filled.doc, 'en').alignment.rows[2]!.hter).toBeNull()
  })

  it('ignores a QA check on a row and takes it back', () => {
    const { doc, ctx } = withTranslation()
    const row = findTranslation(doc, 'en').alignment.rows[0]!
    const done = roundTrip(doc, { kind: 'ignoreQaFinding', input: { lang: 'en', rowId: row.id, check: 'doubled-word', ignored: true } }, ctx)
    expect(findTranslation(done.doc, 'en').alignment.rows[0]!.ignored).toEqual(['doubled-word'])
    expect(() => runArticleCommand(done.doc, { kind: 'ignoreQaFinding', input: { lang: 'en', rowId: row.id, check: 'doubled-word', ignored: true } }, ctx)).toThrow()
  })

  it('marks the article’s own text as machine translation: monolingual rows', () => {
    const doc = makeDoc('The the mayor came. He left.')
    const done = roundTrip(doc, { kind: 'markMachineTranslation', input: { engine: 'OldMT' } })
    expect(done.doc.versions[0]).toMatchObject({ origin: 'machine', engine: 'OldMT' })
    const { alignment } = findTranslation(done.doc, 'en')
    expect(alignment.source).toBeNull()
    expect(alignment.rows.map((r) => [r.source, r.mt])).toEqual([[null, 'The the mayor came.'], [null, 'He left.']])
    expect(() => markMachineTranslation(done.doc, {}, makeCtx())).toThrow(/already/)
  })
})

describe('text patches', () => {
  it('finds the smallest patch in code points and applies it with the spans after it', () => {
    const patch = smallestPatch('v', 'a😀 the the end', 'a😀 the end')!
    expect(patch).toEqual({ versionId: 'v', start: 7, end: 11, text: '' })
    const doc = {
      versions: [{ id: 'v', lang: 'en', role: 'original' as const, origin: 'human' as const, text: 'a😀 the the end' }],
      alignments: [{ source: null, target: 'v', rows: [{ id: 'r', source: null, target: { start: 11, end: 14 }, status: 'initial' as const, note: '', mt: '', hter: null, seconds: 0, ignored: [] }] }],
      annotations: []
    }
    const next = applyPatch(doc, patch)
    expect(next.versions[0]!.text).toBe('a😀 the end')
    expect(next.alignments[0]!.rows[0]!.target).toEqual({ start: 7, end: 10 })
    expect(smallestPatch('v', 'same', 'same')).toBeNull()
  })
})
