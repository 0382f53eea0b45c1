import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '@shared/formats/markdown'

describe('parseMarkdown', () => {
  it('takes the first heading as title and strips inline markup from the body', () => {
    const md = [
      '# The *city* holds a ceremony',
      '',
      'Volunteers met at **Jinlan Lake Square** on [March 5](https://example.com) &amp; sang `songs`.',
      'A second line.',
      '',
      '## Background',
      '',
      '- first point',
      '- second _point_',
      '',
      '> A quoted remark.',
      '',
      '![a photo of the square](x.png)'
    ].join('\n')
    const a = parseMarkdown(md)
    expect(a.title).toBe('The city holds a ceremony')
    expect(a.text).toBe(
      'Volunteers met at Jinlan Lake Square on March 5 & sang songs.\nA second line.\n\nBackground\n\nfirst point\nsecond point\n\nA quoted remark.\n\na photo of the square'
    )
    expect(a.text).not.toMatch(/[*_`#>[\]]/)
  })

  it('reads front matter for metadata and never shows it in the text', () => {
    const a = parseMarkdown('---\ntitle: "From front matter"\ndate: 2023-03-06\nsource: Songmei Daily Network\n---\n\nBody text.\r\n')
    expect(a).toMatchObject({ title: 'From front matter', date: '2023-03-06', source: 'Songmei Daily Network', text: 'Body text.' })
  })

  it('derives a title when there is no heading', () => {
    const a = parseMarkdown('Just a paragraph. And more.')
    expect(a.title).toBe('Just a paragraph. And more.')
    expect(a.text).toBe('Just a paragraph. And more.')
  })
})
