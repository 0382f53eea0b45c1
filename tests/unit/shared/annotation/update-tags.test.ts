import { describe, expect, it } from 'vitest'
import { runArticleCommand, updateTags } from '@shared/annotation'
import { makeCtx, makeDoc, state } from './fixtures'

const tagged = (tags: string[]) => {
  const doc = makeDoc()
  return { ...doc, article: { ...doc.article, tags } }
}

describe('updateTags', () => {
  it('adds new tags once, trimmed, removes others, and its inverse puts the old list back in order', () => {
    const doc = tagged(['flood', 'draft', 'Fuxin'])
    const out = updateTags(doc, { add: [' relief  work ', 'flood', 'relief work'], remove: ['draft'] }, makeCtx())
    expect(out.doc.article.tags).toEqual(['flood', 'Fuxin', 'relief work'])
    expect(out.event).toMatchObject({ action: 'article.tags', actor: 'tester', detail: { added: ['relief work'], removed: ['draft'] } })
    expect(out.doc.history).toHaveLength(1)
    const back = runArticleCommand(out.doc, out.inverse, makeCtx({ via: 'undo' }))
    expect(state(back.doc)).toEqual(state(doc))
    expect(back.event.detail).toMatchObject({ added: ['draft'], removed: ['relief work'], via: 'undo' })
  })

  it('is unchanged when the article has the tags already and lacks those removed', () => {
    const doc = tagged(['flood'])
    const out = updateTags(doc, { add: ['flood'], remove: ['draft'] }, makeCtx())
    expect(out.unchanged).toBe(true)
    expect(out.doc).toBe(doc)
  })

  it('refuses an empty or too long tag, and a list past 500', () => {
    expect(() => updateTags(makeDoc(), { add: [' '] }, makeCtx())).toThrow(expect.objectContaining({ code: 'article.tagEmpty' }))
    expect(() => updateTags(makeDoc(), { add: ['x'.repeat(201)] }, makeCtx())).toThrow(expect.objectContaining({ code: 'article.tagTooLong' }))
    const full = tagged(Array.from({ length: 500 }, (_, i) => `t${i}`))
    expect(() => updateTags(full, { add: ['one more'] }, makeCtx())).toThrow(expect.objectContaining({ code: 'article.tooManyTags' }))
  })
})
