import { describe, expect, it } from 'vitest'
import { findAllText, findText, matchesQuery, parseQuery, prepareRecord, type SearchRecord } from '@shared/search'

const record = (over: Partial<SearchRecord> = {}): SearchRecord => ({
  id: 'a1',
  title: 'Volunteers clean Yulong Lake',
  source: 'Lanxia Daily',
  lang: 'en',
  date: '2023-04-12',
  tags: [],
  texts: [
    { versionId: 'original', lang: 'zh', role: 'original', text: '区委书记胡涛参加玉龙湖志愿服务活动。' },
    { versionId: 't-en', lang: 'en', role: 'translation', text: 'District secretary Hu Tao joined the Yulong\nLake volunteer service. Café owners helped.' }
  ],
  notes: 'check the spelling of Tao',
  entities: ['e-hu'],
  types: ['PERSON', 'LOCATION'],
  statuses: ['reviewed'],
  annotations: 2,
  orphans: false,
  translated: true,
  ...over
})

const ctx = { entityIds: (value: string) => new Set(value === 'hu tao' || value === '胡涛' ? ['e-hu'] : []) }
const matches = (query: string, over: Partial<SearchRecord> = {}, names = ['Hu Tao', '胡涛']) => {
  const parsed = parseQuery(query)
  if (!parsed.ok) throw new Error(parsed.error.code)
  return matchesQuery(prepareRecord(record(over), names), parsed.query, ctx)
}

describe('findText', () => {
  it('matches whole words, folded, with any spacing inside a phrase', () => {
    expect(findText('the yulong  lake park', 'yulong lake')).toEqual({ start: 4, end: 16 })
    expect(findText('the yulonglake', 'yulong')).toBeNull()
    expect(findText('hu tao’s visit', 'tao')).toEqual({ start: 3, end: 6 })
  })

  it('needs no word boundary in Chinese', () => {
    expect(findText('开展志愿服务活动', '志愿')).toEqual({ start: 2, end: 4 })
    expect(findAllText('志愿 志愿者 志愿', '志愿').length).toBe(3)
  })
})

describe('matchesQuery', () => {
  it('every word must occur, in any text version, title, source, notes or entity name', () => {
    expect(matches('yulong lake')).toBe(true)
    expect(matches('玉龙湖 胡涛')).toBe(true)
    expect(matches('yulong river')).toBe(false)
    expect(matches('spelling')).toBe(true)
    expect(matches('daily')).toBe(true)
    expect(matches('CAFE')).toBe(true)
  })

  it('finds a linked person by any of his names, even where the text does not say it', () => {
    expect(matches('"hu tao"', { texts: [{ versionId: 'original', lang: 'zh', role: 'original', text: '区委书记参加活动。' }] })).toBe(true)
    expect(matches('"hu tao"', { texts: [], entities: [], notes: '' }, [])).toBe(false)
  })

  it('志愿 finds 志愿服务, and 志愿服务 finds its words where they stand apart', () => {
    expect(matches('志愿')).toBe(true)
    expect(matches('志愿服务', { texts: [{ versionId: 'o', lang: 'zh', role: 'original', text: '志愿者提供上门服务' }] })).toBe(true)
    expect(matches('"志愿服务"', { texts: [{ versionId: 'o', lang: 'zh', role: 'original', text: '志愿者提供上门服务' }] })).toBe(false)
  })

  it('phrases need their words in order', () => {
    expect(matches('"yulong lake"')).toBe(true)
    expect(matches('"lake yulong"')).toBe(false)
  })

  it('exclusions remove what they match', () => {
    expect(matches('yulong -flood')).toBe(true)
    expect(matches('yulong -volunteer')).toBe(false)
  })

  it('fields look only where they say', () => {
    expect(matches('title:volunteers')).toBe(true)
    expect(matches('title:secretary')).toBe(false)
    expect(matches('source:"lanxia daily"')).toBe(true)
    expect(matches('lang:EN')).toBe(true)
    expect(matches('lang:zh')).toBe(false)
    expect(matches('lang:zh', { lang: 'zh-CN' })).toBe(true)
    expect(matches('type:person -type:org')).toBe(true)
    expect(matches('entity:"Hu Tao"')).toBe(true)
    expect(matches('entity:胡涛')).toBe(true)
    expect(matches('entity:"Li Yang"')).toBe(false)
    expect(matches('status:reviewed -status:final')).toBe(true)
    expect(matches('has:annotations has:translation -has:orphans')).toBe(true)
    expect(matches('has:orphans', { orphans: true })).toBe(true)
    expect(matches('has:translation', { translated: false })).toBe(false)
  })

  it('date ranges include both ends; an article without a date matches none', () => {
    expect(matches('date:2023')).toBe(true)
    expect(matches('date:2023-03..2023-04')).toBe(true)
    expect(matches('date:2023-04-13..')).toBe(false)
    expect(matches('date:..2023-04-12')).toBe(true)
    expect(matches('date:2023', { date: null })).toBe(false)
    expect(matches('-date:2023', { date: null })).toBe(true)
  })
})
