import i18next, { type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { asCodePoint, buildSelectors, createOffsetMap } from '@shared/anchoring'
import { resources } from '@shared/i18n/resources'
import type { AlignedRow, Annotation, ArticleDoc, Entity } from '@shared/model'
import { projectAnnotations } from '@shared/translation/projection'
import { followDraft } from '../../../../src/renderer/src/features/translate/annotations/draft-marks'
import { acceptable, tagInDraft } from '../../../../src/renderer/src/features/translate/annotations/placing'
import { buildRowMarks, projectionKey, rowHolding, shareRowMarks } from '../../../../src/renderer/src/features/translate/annotations/row-marks'
import { commandFor, keysOf } from '../../../../src/renderer/src/features/translate/keys'
import { shortVersionLabel, versionLabel } from '../../../../src/renderer/src/features/reader/version-label'

// Two rows; the source has a character outside the BMP, so UTF-16 and code points differ.
const ZH = ['𠮷周明远出席会议。', '柳溪镇居民参加。']
const EN = ['Zhou Mingyuan attended the meeting.', 'Residents of Liuxi Town took part.']
const ZHOU: Entity = { id: 'e_zhou', type: 'PERSON', name: 'Zhou Mingyuan', names: { zh: '周明远', en: 'Zhou Mingyuan' }, aliases: [], identifiers: {}, description: '' }

function doc(): ArticleDoc {
  const zh = ZH.join('')
  const en = EN.join(' ')
  const zhLengths = ZH.map((s) => [...s].length)
  const rows: AlignedRow[] = [
    { id: 'r1', source: { start: 0, end: zhLengths[0]! }, target: { start: 0, end: EN[0]!.length }, status: 'initial', note: '', mt: EN[0]!, hter: null, seconds: 0, ignored: [] },
    { id: 'r2', source: { start: zhLengths[0]!, end: zhLengths[0]! + zhLengths[1]! }, target: { start: EN[0]!.length + 1, end: en.length }, status: 'initial', note: '', mt: EN[1]!, hter: null, seconds: 0, ignored: [] }
  ]
  return {
    schemaVersion: 2,
    article: {
      id: 'art1', title: 'Test', date: null, source: 'test', language: 'zh', tags: [], importedAt: '2024-01-01T00:00:00.000Z',
      origin: { fileName: 'a.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    annotations: [],
    relations: [],
    history: [],
    versions: [
      { id: 'v_zh', lang: 'zh', role: 'original', origin: 'unknown', text: zh },
      { id: 'v_en', lang: 'en', role: 'translation', origin: 'machine', engine: 'TestMT', text: en }
    ],
    alignments: [{ source: 'v_zh', target: 'v_en', rows }]
  }
}

function tag(d: ArticleDoc, id: string, versionId: string, exact: string, type: string, entity: string | null = null): ArticleDoc {
  const text = d.versions.find((v) => v.id === versionId)!.text
  const start = [...text.slice(0, text.indexOf(exact))].length
  const { position, quote } = buildSelectors(text, asCodePoint(start), asCodePoint(start + [...exact].length))
  const annotation: Annotation = { id, type, target: { source: versionId, position, quote }, entity, note: '', attributes: {}, orphan: false, createdAt: '', createdBy: 't', modifiedAt: '' }
  return { ...d, annotations: [...d.annotations, annotation] }
}

function marksOf(d: ArticleDoc, entities: Entity[] = [ZHOU]) {
  const alignment = d.alignments[0]!
  const [source, target] = d.versions as [ArticleDoc['versions'][0], ArticleDoc['versions'][0]]
  return buildRowMarks({
    alignment,
    source,
    target,
    maps: { source: createOffsetMap(source.text), target: createOffsetMap(target.text) },
    annotations: d.annotations,
    projections: projectAnnotations(d, alignment, entities)
  })
}

describe('row marks', () => {
  it('cuts each side’s annotations into the cells they fall in, in UTF-16 of the cell, with the projected mentions', () => {
    const d = tag(tag(doc(), 'a1', 'v_zh', '周明远', 'PERSON', ZHOU.id), 'a2', 'v_en', 'Liuxi Town', 'PLACE')
    const marks = marksOf(d)
    const first = marks.get('r1')!
    expect(first.source).toMatchObject({ versionId: 'v_zh', start: 0, text: ZH[0] })
    // 𠮷 is two UTF-16 units: the name starts at 2 in the cell's text.
    expect(first.source!.marks).toEqual([{ id: 'a1', type: 'PERSON', start: 2, end: 5, level: 0 }])
    expect(first.target.projected).toHaveLength(1)
    expect(first.target.projected[0]).toMatchObject({ type: 'PERSON', start: 0, end: 13 })
    expect(first.target.text.slice(0, 13)).toBe('Zhou Mingyuan')
    const second = marks.get('r2')!
    expect(second.source).toMatchObject({ start: [...ZH[0]!].length, marks: [] })
    expect(second.target.start).toBe(EN[0]!.length + 1)
    expect(second.target.marks.map((m) => second.target.text.slice(m.start, m.end))).toEqual(['Liuxi Town'])
  })

  it('shows a tag that runs across two rows in both', () => {
    const d = tag(doc(), 'a1', 'v_en', 'meeting. Residents', 'MISC')
    const marks = marksOf(d)
    expect(marks.get('r1')!.target.marks.map((m) => marks.get('r1')!.target.text.slice(m.start, m.end))).toEqual(['meeting.'])
    expect(marks.get('r2')!.target.marks.map((m) => marks.get('r2')!.target.text.slice(m.start, m.end))).toEqual(['Residents'])
  })

  it('keeps the objects of rows whose marks did not change', () => {
    const before = marksOf(doc())
    const d = tag(doc(), 'a2', 'v_en', 'Liuxi Town', 'PLACE')
    const after = shareRowMarks(before, marksOf(d))
    expect(after.get('r1')).toBe(before.get('r1'))
    expect(after.get('r2')).not.toBe(before.get('r2'))
    expect(rowHolding(after, 'a2')).toEqual({ rowId: 'r2', id: 'a2' })
    expect(rowHolding(after, 'nothing')).toBeNull()
  })
})

describe('marks following the draft', () => {
  const mark = (id: string, start: number, end: number) => ({ id, type: 'PLACE', start, end, level: 0 })
  const saved = 'in Liuxi Town today'
  const marks = [mark('a', 3, 13)]
  it('moves a mark when typing before it and keeps it when typing after it', () => {
    expect(followDraft(saved, `Yesterday ${saved}`, marks)).toEqual([mark('a', 13, 23)])
    expect(followDraft(saved, `${saved} and tomorrow`, marks)).toEqual(marks)
    expect(followDraft(saved, saved, marks)).toBe(marks)
  })
  it('grows or shrinks a mark the change falls inside, and hides one the change cuts through', () => {
    expect(followDraft(saved, 'in Liuxii Town today', marks)).toEqual([mark('a', 3, 14)])
    expect(followDraft(saved, 'in Liuxi Tow today', marks)).toEqual([mark('a', 3, 12)])
    expect(followDraft(saved, 'in Lixi today', marks)).toEqual([mark('a', 3, 7)])
    expect(followDraft(saved, 'in the town today', marks)).toEqual([mark('a', 3, 11)])
    // " L" replaced: the change runs across the mark's start.
    expect(followDraft(saved, 'inXiuxi Town today', marks)).toEqual([])
  })
})

describe('placing a tag on the article as it stands', () => {
  it('turns words of a saved draft into code points of the translation, and refuses a draft that was not saved', () => {
    const d = doc()
    const draft = EN[1]!
    const at = draft.indexOf('Liuxi Town')
    expect(tagInDraft(d, 'v_en', 'r2', draft, at, at + 10, 'PLACE')).toEqual({ source: 'v_en', start: EN[0]!.length + 1 + at, end: EN[0]!.length + 1 + at + 10, type: 'PLACE' })
    expect(tagInDraft(d, 'v_en', 'r2', `${draft} More.`, at, at + 10, 'PLACE')).toBeNull()
    expect(tagInDraft(d, 'v_en', 'missing', draft, at, at + 10, 'PLACE')).toBeNull()
  })

  it('accepts a projected mention still projected, or the row’s first one, linked to its entity', () => {
    const d = tag(doc(), 'a1', 'v_zh', '周明远', 'PERSON', ZHOU.id)
    const [mention] = projectAnnotations(d, d.alignments[0]!, [ZHOU])
    expect(acceptable(d, 'v_en', [ZHOU], { mention: mention! })?.tag).toEqual({ source: 'v_en', start: 0, end: 13, type: 'PERSON', entity: ZHOU.id })
    expect(acceptable(d, 'v_en', [ZHOU], { rowId: 'r1' })?.mention).toEqual(mention)
    expect(acceptable(d, 'v_en', [ZHOU], { rowId: 'r2' })).toBeNull()
    // Once accepted, it is no longer projected.
    const accepted = tag(d, 'a2', 'v_en', 'Zhou Mingyuan', 'PERSON', ZHOU.id)
    expect(acceptable(accepted, 'v_en', [ZHOU], { mention: mention! })).toBeNull()
    expect(projectionKey(mention!)).toBe(`v_en:0:13:${ZHOU.id}`)
  })
})

describe('keys and labels', () => {
  let t: TFunction
  beforeAll(async () => {
    const instance = i18next.createInstance()
    await instance.init({ lng: 'en', resources, interpolation: { escapeValue: false } })
    t = instance.t
  })

  it('Ctrl/⌘+Alt+T opens the tag palette and Ctrl/⌘+Alt+A accepts, by physical key', () => {
    const key = { ctrlKey: true, metaKey: false, shiftKey: false, altKey: true }
    expect(commandFor({ ...key, key: 't', code: 'KeyT' }, true)).toBe('tagSelection')
    expect(commandFor({ ...key, key: 'å', code: 'KeyA', ctrlKey: false, metaKey: true }, true)).toBe('acceptProjection')
    expect(commandFor({ ...key, key: 't', code: 'KeyT', shiftKey: true }, true)).toBeNull()
    expect(commandFor({ ...key, key: 't', code: 'KeyT', ctrlKey: false }, true)).toBeNull()
    expect(keysOf('acceptProjection', '⌘')).toEqual(['⌘', 'Alt', 'A'])
  })

  it('names a version by language and what it is', () => {
    expect(versionLabel(t, { lang: 'zh', role: 'original', origin: 'unknown' }, 'en')).toBe('Chinese · original')
    expect(versionLabel(t, { lang: 'en', role: 'translation', origin: 'machine', engine: 'DeepL' }, 'en')).toBe('English · machine translation (DeepL)')
    expect(versionLabel(t, { lang: 'en', role: 'translation', origin: 'human' }, 'en')).toBe('English · human translation')
    // An article whose own text is MT is named as MT.
    expect(versionLabel(t, { lang: 'en', role: 'original', origin: 'machine' }, 'en')).toBe('English · machine translation')
    expect(versionLabel(t, { lang: 'zh', role: 'original', origin: 'unknown' }, 'zh-CN')).toMatch(/^中文 · /)
    expect(shortVersionLabel(t, { lang: 'en', role: 'translation', origin: 'machine' }, 'en')).toBe('English · MT')
  })
})
