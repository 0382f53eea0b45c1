import { describe, expect, it } from 'vitest'
import { parseNewsText } from '@shared/formats/news-text'

/** Plain texts without a news header (no Date:/Source: lines) take their first line as title. */
describe('parseNewsText: the title of a text without headers', () => {
  it('is the first line, whole, when that line is a paragraph longer than a heading', () => {
    const first =
      'Volunteers from the Hongqi District of Xinxiang City gathered on the morning of March 5 in the square before the district library, ' +
      'where they repaired bicycles, cut hair for the elderly, measured blood pressure for passers-by and handed out leaflets on fire safety, ' +
      'as they have done every spring for the past eleven years, according to the organisers of the week of civilised practice.'
    const raw = `${first}\n\nThe district plans three more such mornings before the summer.\n`
    const parsed = parseNewsText(raw)
    expect(parsed.title).toBe(first)
    expect(parsed.title).not.toContain('…')
    // The paragraph is the body's first paragraph too: no word is lost.
    expect(parsed.text).toBe(raw.trimEnd())
  })

  it('is the first line of a one-line text, which is also its body', () => {
    const line = '雷锋精神代代相传，红旗区开展志愿服务周活动，为居民义务理发、修车、量血压，受到群众好评。'
    expect(parseNewsText(line)).toMatchObject({ title: line, text: line, date: null, source: '' })
  })

  it('is a short heading that then leaves the body', () => {
    expect(parseNewsText('Harbour ferry timetable changes\nFrom Monday the first ferry leaves at six.')).toMatchObject({
      title: 'Harbour ferry timetable changes',
      text: 'From Monday the first ferry leaves at six.'
    })
  })
})
