import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ImportFailure } from '@shared/formats/failure'
import { parseNewsText } from '@shared/formats/news-text'
import { FUXIN_SEED, XINXIANG_SEED } from '../../../fixtures/import/helpers'

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean)

describe('parseNewsText', () => {
  it('reads the Fuxin seed in the news layout: title, date, source, body', () => {
    const raw = readFileSync(FUXIN_SEED, 'utf8')
    const a = parseNewsText(raw)
    expect(a.title.startsWith('Fuxin City launched')).toBe(true)
    expect(a.date).toBe('2023-03-06')
    expect(a.source).toBe('Fuxin News Network')
    expect(a.text.startsWith('This year marks the 60th anniversary')).toBe(true)
    expect(a.text).not.toMatch(/^(Date|Source):/m)
    // Never lose a word: title + headers + body hold every word of the file.
    expect(words(`${a.title} Date: ${a.date} Source: ${a.source} ${a.text}`)).toEqual(words(raw))
    expect(a.text.split('\n\n').length).toBe(8)
  })

  it('reads the second seed (no title line, no headers) as plain text, keeping all of it', () => {
    const raw = readFileSync(XINXIANG_SEED, 'utf8')
    const a = parseNewsText(raw)
    expect(a.text).toBe(raw.trimEnd())
    expect(a.date).toBeNull()
    expect(a.source).toBe('')
    expect(a.title).toBe(raw.split('\n', 1)[0])
  })

  it('accepts Chinese headers with full-width colons, URL lines, and CRLF line endings', () => {
    const a = parseNewsText('\ufeff阜新市开展学雷锋活动\r\n\r\n日期：2023年3月6日\r\n来源：阜新新闻网\r\n网址：https://example.cn/a\r\n\r\n第一段。\r\n\r\n第二段。\r\n')
    expect(a).toMatchObject({ title: '阜新市开展学雷锋活动', date: '2023-03-06', source: '阜新新闻网', url: 'https://example.cn/a' })
    expect(a.text).toBe('第一段。\n\n第二段。')
  })

  it('keeps a date line it cannot read in the text', () => {
    const a = parseNewsText('Title\n\nDate: sometime last spring\n\nBody.')
    expect(a.date).toBeNull()
    expect(a.text).toBe('Date: sometime last spring\n\nBody.')
  })

  it('takes a short first line as the title of a plain text', () => {
    expect(parseNewsText('A headline\n\nThe body.\nSecond line.')).toMatchObject({ title: 'A headline', text: 'The body.\nSecond line.' })
  })

  it('refuses text with nothing in it', () => {
    expect(() => parseNewsText(' \n\n\t\n')).toThrow(ImportFailure)
  })
})
