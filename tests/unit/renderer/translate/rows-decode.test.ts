import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../../src/renderer/src/features/translate/decode-text'
import { patchRow, shareRows } from '../../../../src/renderer/src/features/translate/share-rows'
import { suggestedLang, translationTargets } from '../../../../src/renderer/src/features/translate/targets'
import type { SegmentRow, SegmentsView } from '../../../../src/renderer/src/features/translate/types'

const row = (id: string, target: string, over: Partial<SegmentRow> = {}): SegmentRow => ({
  index: Number(id.slice(1)), id, source: '源', sourceSpan: { start: 0, end: 1 }, mt: target, target, targetSpan: { start: 0, end: target.length },
  status: 'initial', note: '', hter: null, seconds: 0, ignored: [], ...over
})
const view = (rows: SegmentRow[]): SegmentsView => ({ versionId: 'v2', lang: 'en', sourceVersionId: 'v1', sourceLang: 'zh', engine: 'DeepL', rows, effort: { hter: null, seconds: 0, edited: 0 } })

describe('sharing unchanged rows between reads', () => {
  it('keeps the objects of rows that did not change, and the array when none did', () => {
    const before = view([row('r1', 'One.'), row('r2', 'Two.')])
    const same = shareRows(before, view([row('r1', 'One.'), row('r2', 'Two.')]))
    expect(same.rows).toBe(before.rows)
    const after = shareRows(before, view([row('r1', 'One.'), row('r2', 'Two!', { hter: 0.5 })]))
    expect(after.rows[0]).toBe(before.rows[0])
    expect(after.rows[1]).not.toBe(before.rows[1])
    expect(after.rows[1]?.target).toBe('Two!')
  })
  it('a change of ignored checks or spans counts as a change', () => {
    const before = view([row('r1', 'One.')])
    expect(shareRows(before, view([row('r1', 'One.', { ignored: ['length'] })])).rows[0]).not.toBe(before.rows[0])
    expect(shareRows(before, view([row('r1', 'One.', { targetSpan: { start: 3, end: 7 } })])).rows[0]).not.toBe(before.rows[0])
  })
  it('patches one row locally', () => {
    const before = view([row('r1', 'One.'), row('r2', 'Two.')])
    const after = patchRow(before, 'r2', { status: 'translated', target: 'Two!' })
    expect(after.rows[0]).toBe(before.rows[0])
    expect(after.rows[1]).toMatchObject({ status: 'translated', target: 'Two!', mt: 'Two.' })
  })
})

describe('translation targets', () => {
  const base = { text: 'x' }
  it('lists translations, and the own text once marked as MT', () => {
    expect(translationTargets([{ ...base, id: 'a', lang: 'zh', role: 'original', origin: 'human' }])).toEqual([])
    expect(
      translationTargets([
        { ...base, id: 'a', lang: 'zh', role: 'original', origin: 'human' },
        { ...base, id: 'b', lang: 'en', role: 'translation', origin: 'machine', engine: 'DeepL' }
      ])
    ).toEqual([{ versionId: 'b', lang: 'en', monolingual: false }])
    expect(translationTargets([{ ...base, id: 'a', lang: 'en', role: 'original', origin: 'machine' }])).toEqual([{ versionId: 'a', lang: 'en', monolingual: true }])
  })
  it('suggests English for Chinese and Chinese for English', () => {
    expect(suggestedLang('zh-CN')).toBe('en')
    expect(suggestedLang('en')).toBe('zh-CN')
  })
})

describe('decoding a chosen file', () => {
  it('reads UTF-8 with and without a BOM, UTF-16 by its BOM, and GB 18030', () => {
    const utf8 = new TextEncoder().encode('两千零二十四年')
    expect(decodeText(utf8)).toBe('两千零二十四年')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('两千零二十四年')
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toBe('AB')
    // "中文" in GB 2312 / GB 18030.
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toBe('中文')
  })
  it('refuses bytes that are no text', () => {
    expect(decodeText(new Uint8Array([0xff, 0xff, 0x81, 0x20, 0xfe]))).toBeNull()
  })
})
