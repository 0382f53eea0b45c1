import { describe, expect, it } from 'vitest'
import { webAnnotationFiles } from '@shared/formats/web-annotation'
import { richInput } from '../interchange-fixture'
import { failedMusts, loadMusts } from './w3c-schemas'

const written = JSON.parse(webAnnotationFiles(richInput())[0]!.text) as {
  first: { items: Record<string, unknown>[] } & Record<string, unknown>
} & Record<string, unknown>

describe('annotations.jsonld against the W3C Web Annotation test-suite MUSTs', () => {
  it('runs every assertion the three MUST lists name', () => {
    const count = ['annotations/annotationMusts.test', 'collections/collectionMusts.test', 'collections/pages/pageMusts.test']
      .map((list) => loadMusts(list).length)
      .reduce((a, b) => a + b)
    expect(count).toBe(79)
  })

  it('the collection meets every collection MUST', () => {
    expect(failedMusts('collections/collectionMusts.test', written)).toEqual([])
  })

  it('the page, alone and embedded in the collection, meets every page MUST', () => {
    expect(failedMusts('collections/pages/pageMusts.test', written.first)).toEqual([])
    expect(failedMusts('collections/pages/pageMusts.test', written)).toEqual([])
  })

  it('each annotation and each relation meets every annotation MUST', () => {
    expect(written.first.items.length).toBe(17)
    for (const item of written.first.items) expect(failedMusts('annotations/annotationMusts.test', item)).toEqual([])
  })

  it('the assertions catch a broken annotation (no target, a bad selector)', () => {
    const item = { ...written.first.items[0]! }
    delete item.target
    expect(failedMusts('annotations/annotationMusts.test', item).join()).toContain('3.1-targetKeyFound')
    const badQuote = { ...written.first.items[0]!, target: { source: 'urn:x:y', selector: { type: 'TextQuoteSelector', prefix: 'a' } } }
    expect(failedMusts('annotations/annotationMusts.test', badQuote).join()).toContain('4.2.4-textQuoteSelectorValid')
  })
})
