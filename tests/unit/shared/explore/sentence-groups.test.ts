import { describe, expect, it } from 'vitest'
import { sentenceGroups } from '@shared/explore'
import type { Annotation, ArticleDoc } from '@shared/model'
import { makeDoc } from '../annotation/fixtures'

/** A mention of `exact` (its first occurrence in the text) linked to `entity`. */
function mention(doc: ArticleDoc, exact: string, entity: string | null, nth = 0, orphan = false): Annotation {
  const text = doc.versions[0]!.text
  let index = -1
  for (let i = 0; i <= nth; i++) index = text.indexOf(exact, index + 1)
  const start = Array.from(text.slice(0, index)).length
  return {
    id: `a${start}`, type: 'PERSON', entity, note: '', attributes: {}, orphan,
    target: { source: 'v1', position: { type: 'TextPositionSelector', start, end: start + Array.from(exact).length }, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    createdAt: '2024-01-01T00:00:00.000Z', createdBy: 't', modifiedAt: '2024-01-01T00:00:00.000Z'
  }
}

describe('sentenceGroups', () => {
  it('groups linked mentions by the sentence they start in', () => {
    const doc = makeDoc()
    // TEXT: "Hu Tao, … visited Fuxin. 😀 Lei Feng!\n\nSecond paragraph about Lei Feng." — three sentences.
    const annotations = [mention(doc, 'Hu Tao', 'hu'), mention(doc, 'Fuxin', 'fuxin'), mention(doc, 'Lei Feng', 'lei', 0), mention(doc, 'Lei Feng', 'lei', 1)]
    expect(sentenceGroups({ ...doc, annotations })).toEqual([['hu', 'fuxin'], ['lei'], ['lei']])
  })
  it('leaves out unlinked mentions and orphans', () => {
    const doc = makeDoc()
    const annotations = [mention(doc, 'Hu Tao', 'hu'), mention(doc, 'Fuxin', null), mention(doc, 'Lei Feng', 'lei', 1, true)]
    expect(sentenceGroups({ ...doc, annotations })).toEqual([['hu']])
  })
  it('finds the sentences of a Chinese text', () => {
    const doc = makeDoc('胡涛在阜新考察。雷锋精神代代相传！')
    const annotations = [mention(doc, '胡涛', 'hu'), mention(doc, '阜新', 'fuxin'), mention(doc, '雷锋', 'lei')]
    expect(sentenceGroups({ ...doc, versions: [{ ...doc.versions[0]!, lang: 'zh' }], annotations })).toEqual([['hu', 'fuxin'], ['lei']])
  })
})
