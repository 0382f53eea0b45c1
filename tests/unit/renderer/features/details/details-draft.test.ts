import { describe, expect, it } from 'vitest'
import type { Article } from '@shared/model'
import { detailsPatch, draftOf } from '../../../../../src/renderer/src/features/details/details-draft'

const article: Article = {
  id: 'a1',
  title: 'Lanxia river volunteers',
  date: '2024-04-12',
  source: 'Lanxia Evening News',
  language: 'en',
  tags: [],
  importedAt: '2024-05-01T00:00:00.000Z',
  origin: { fileName: 'a.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8' }
}

describe('the details dialog sends only what changed', () => {
  it('sends nothing for an untouched form, or for spaces added around a value', () => {
    expect(detailsPatch(article, draftOf(article))).toEqual({})
    expect(detailsPatch(article, { ...draftOf(article), title: ' Lanxia river volunteers ' })).toEqual({})
  })

  it('sends the changed fields, trimmed', () => {
    expect(detailsPatch(article, { ...draftOf(article), title: ' Volunteers on the Lan ', url: 'https://example.org/a' })).toEqual({
      title: 'Volunteers on the Lan',
      url: 'https://example.org/a'
    })
  })

  it('clears the date or the address when emptied, as null', () => {
    expect(detailsPatch(article, { ...draftOf(article), date: '  ' })).toEqual({ date: null })
    expect(detailsPatch({ ...article, url: 'https://example.org' }, { ...draftOf({ ...article, url: 'https://example.org' }), url: '' })).toEqual({ url: null })
  })
})
