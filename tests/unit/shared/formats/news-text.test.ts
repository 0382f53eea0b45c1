import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ImportFailure } from '@shared/formats/failure'
import { parseNewsText } from '@shared/formats/news-text'
import { BAISHUI_ZH, LIANHE, SONGMEI } from '../../../fixtures/news'

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean)

describe('parseNewsText', () => {
  it('reads an article in the news layout: title, date, source, body', () => {
    const raw = readFileSync(SONGMEI.file, 'utf8')
    const a = parseNewsText(raw)
    expect(a.title.startsWith(SONGMEI.titleStart)).toBe(true)
    expect(a.date).toBe(SONGMEI.date)
    expect(a.source).toBe(SONGMEI.source)
    expect(a.text.startsWith(SONGMEI.firstWords)).toBe(true)
    expect(a.text).not.toMatch(/^(Date|Source):/m)
    // Never lose a word: title + headers + body hold every word of the file.
    expect(words(`${a.title} Date: ${a.date} Source: ${a.source} ${a.text}`)).toEqual(words(raw))
    expect(a.text.split('\n\n').length).toBe(SONGMEI.paragraphs)
  })

  it('reads a Chinese article with 日期： and 来源： headers, turning the Chinese date into ISO', () => {
    const raw = readFileSync(BAISHUI_ZH.file, 'utf8')
    const a = parseNewsText(raw)
    expect(a).toMatchObject({ title: BAISHUI_ZH.title, date: BAISHUI_ZH.date, source: BAISHUI_ZH.source })
    expect(a.text.startsWith(BAISHUI_ZH.firstWords)).toBe(true)
    expect(a.text.split('\n\n').length).toBe(BAISHUI_ZH.paragraphs)
  })

  it('reads a text with no title line and no headers as plain text, keeping all of it', () => {
    const raw = readFileSync(LIANHE.file, 'utf8')
    const a = parseNewsText(raw)
    expect(a.text).toBe(raw.trimEnd())
    expect(a.date).toBeNull()
    expect(a.source).toBe('')
    expect(a.title).toBe(raw.split('\n', 1)[0])
  })

  it('accepts Chinese headers with full-width colons, URL lines, and CRLF line endings', () => {
    const a = parseNewsText('\ufeff松梅市举办读书月活动\r\n\r\n日期：2024年4月23日\r\n来源：松梅日报网\r\n网址：https://example.cn/a\r\n\r\n第一段。\r\n\r\n第二段。\r\n')
    expect(a).toMatchObject({ title: '松梅市举办读书月活动', date: '2024-04-23', source: '松梅日报网', url: 'https://example.cn/a' })
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
