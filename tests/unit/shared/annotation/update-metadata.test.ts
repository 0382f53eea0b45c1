import { describe, expect, it } from 'vitest'
import { runArticleCommand, updateMetadata } from '@shared/annotation'
import { failureCode, makeCtx, makeDoc, state } from './fixtures'

describe('updateMetadata', () => {
  it('edits title, date, source, language and address; the inverse puts every old value back', () => {
    const doc = makeDoc()
    const ctx = makeCtx()
    const out = updateMetadata(doc, { title: '  Lei Feng   Day in Fuxin ', date: '2023年3月6日', source: 'Fuxin Daily', language: 'zh', url: 'https://example.cn/a' }, ctx)
    expect(out.doc.article).toMatchObject({ title: 'Lei Feng Day in Fuxin', date: '2023-03-06', source: 'Fuxin Daily', language: 'zh', url: 'https://example.cn/a' })
    expect(out.event).toMatchObject({ action: 'article.metadata', actor: 'tester', detail: { fields: ['title', 'date', 'source', 'language', 'url'] } })
    expect(out.doc.history).toEqual([out.event])
    const back = runArticleCommand(out.doc, out.inverse, ctx)
    expect(state(back.doc)).toEqual(state(doc))
    expect('url' in back.doc.article).toBe(false)
    // Redo is the inverse's inverse.
    expect(state(runArticleCommand(back.doc, back.inverse, ctx).doc)).toEqual(state(out.doc))
  })

  it('clears the date and the address with an empty value or null', () => {
    const dated = updateMetadata(makeDoc(), { date: '2024-02-29', url: 'http://example.org' }, makeCtx()).doc
    const cleared = updateMetadata(dated, { date: '', url: null }, makeCtx()).doc
    expect(cleared.article.date).toBeNull()
    expect(cleared.article.url).toBeUndefined()
  })

  it('records only the fields that really change', () => {
    const out = updateMetadata(makeDoc(), { title: 'Test', source: 'elsewhere' }, makeCtx())
    expect(out.event.detail).toEqual({ fields: ['source'] })
    expect(out.inverse).toEqual({ kind: 'updateMetadata', input: { source: 'test', verbatim: true } })
  })

  it('refuses what is not a title, a date, a language or a web address, naming the field', () => {
    const doc = makeDoc()
    const ctx = makeCtx()
    expect(failureCode(() => updateMetadata(doc, { title: ' \n ' }, ctx))).toBe('article.titleRequired')
    expect(failureCode(() => updateMetadata(doc, { title: 'x'.repeat(2001) }, ctx))).toBe('article.titleTooLong')
    expect(failureCode(() => updateMetadata(doc, { date: '2023-02-30' }, ctx))).toBe('article.invalidDate')
    expect(failureCode(() => updateMetadata(doc, { date: 'last spring' }, ctx))).toBe('article.invalidDate')
    expect(failureCode(() => updateMetadata(doc, { language: 'English' }, ctx))).toBe('article.invalidLanguage')
    expect(failureCode(() => updateMetadata(doc, { url: 'javascript:alert(1)' }, ctx))).toBe('article.invalidUrl')
    expect(failureCode(() => updateMetadata(doc, { source: 's'.repeat(501) }, ctx))).toBe('article.sourceTooLong')
    try {
      updateMetadata(doc, { url: 'ftp://x' }, ctx)
    } catch (error) {
      expect((error as { field?: string }).field).toBe('url')
    }
  })

  it('refuses a change of nothing, so that no empty undo step is made', () => {
    expect(failureCode(() => updateMetadata(makeDoc(), { title: 'Test', language: 'en' }, makeCtx()))).toBe('article.metadataUnchanged')
    expect(failureCode(() => updateMetadata(makeDoc(), {}, makeCtx()))).toBe('article.metadataUnchanged')
  })

  it('puts back an old value that would not pass the checks today', () => {
    const doc = makeDoc()
    const odd = { ...doc, article: { ...doc.article, url: 'example.cn/a' } }
    const out = updateMetadata(odd, { url: 'https://example.cn/a' }, makeCtx())
    expect(runArticleCommand(out.doc, out.inverse, makeCtx()).doc.article.url).toBe('example.cn/a')
  })
})
