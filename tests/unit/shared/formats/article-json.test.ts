import { describe, expect, it } from 'vitest'
import { parseArticleJson } from '@shared/formats/article-json'
import { ImportFailure } from '@shared/formats/failure'
import { storedDoc } from '../../../fixtures/import/stored-doc'

function failureOf(fn: () => unknown): ImportFailure {
  try {
    fn()
  } catch (error) {
    if (error instanceof ImportFailure) return error
    throw error
  }
  throw new Error('did not fail')
}

describe('parseArticleJson', () => {
  it('reads a whole stored document, keeping its versions and history', () => {
    const a = parseArticleJson(JSON.stringify(storedDoc))
    expect(a).toMatchObject({ title: 'Stored article', date: '2023-03-06', source: 'Test Source', language: 'en', tags: ['lei-feng'], text: 'The original text.' })
    expect(a.carried?.versions).toHaveLength(2)
    expect(a.carried?.history).toHaveLength(1)
  })

  it('reads a whole document of version 1 (before alignments), and carries alignments of version 2', () => {
    const { alignments: _none, ...v1 } = { ...storedDoc, schemaVersion: 1 }
    expect(parseArticleJson(JSON.stringify(v1)).carried).toMatchObject({ versions: storedDoc.versions, alignments: [] })
    const row = { id: 'r1', source: { start: 0, end: 18 }, target: { start: 0, end: 3 }, status: 'final', note: '', mt: '原文。', hter: 0, seconds: 4, ignored: [] }
    const v2 = { ...storedDoc, alignments: [{ source: 'v_1', target: 'v_2', rows: [row] }] }
    expect(parseArticleJson(JSON.stringify(v2)).carried?.alignments).toEqual(v2.alignments)
  })

  it('reads the short form {article, versions}', () => {
    const a = parseArticleJson(JSON.stringify({ article: { title: 'Short' }, versions: [{ text: 'Body\r\ntext' }, { text: 'Translation', lang: 'zh' }] }))
    expect(a).toMatchObject({ title: 'Short', date: null, source: '', text: 'Body\ntext' })
    expect(a.carried?.versions.map((v) => [v.role, v.origin])).toEqual([['original', 'unknown'], ['translation', 'unknown']])
  })

  it('refuses malformed JSON and JSON of another shape, naming the problem', () => {
    expect(failureOf(() => parseArticleJson('{"article": ')).code).toBe('import.invalidJson')
    const wrong = failureOf(() => parseArticleJson(JSON.stringify({ article: { title: '' }, versions: [] })))
    expect(wrong.code).toBe('import.invalidJson')
    expect(String(wrong.params.detail)).toMatch(/article\.title|versions/)
    expect(failureOf(() => parseArticleJson(JSON.stringify({ ...storedDoc, versions: [] }))).params.detail).toMatch(/versions/)
  })
})
