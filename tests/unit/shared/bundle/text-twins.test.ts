import { describe, expect, it } from 'vitest'
import { textTwins } from '../../../../src/shared/bundle/text-twins'

const archive = new Map([['hash-a', 'mine_a']])
const inArchive = (hash: string) => archive.get(hash)

describe('added bundle articles whose text is already held', () => {
  it('names the archive article with the same text, once another bundle article was merged into it', () => {
    const articles = [
      { id: 'b1', textHash: 'hash-a' },
      { id: 'b2', textHash: 'hash-a' }
    ]
    const twins = textTwins(articles, new Map([['b1', 'mine_a']]), inArchive)
    expect([...twins]).toEqual([['b2', { sameTextAs: 'mine_a', in: 'archive' }]])
  })

  it('names the first added bundle article of a text the archive lacks, not that first one itself', () => {
    const articles = [
      { id: 'b1', textHash: 'hash-b' },
      { id: 'b2', textHash: 'hash-b' },
      { id: 'b3', textHash: 'hash-b' }
    ]
    const twins = textTwins(articles, new Map(), inArchive)
    expect([...twins]).toEqual([
      ['b2', { sameTextAs: 'b1', in: 'bundle' }],
      ['b3', { sameTextAs: 'b1', in: 'bundle' }]
    ])
  })

  it('names the archive article a bundle article was merged into by id, even when it comes later', () => {
    const articles = [
      { id: 'b2', textHash: 'hash-c' },
      { id: 'mine_c', textHash: 'hash-c' }
    ]
    const twins = textTwins(articles, new Map([['mine_c', 'mine_c']]), inArchive)
    expect([...twins]).toEqual([['b2', { sameTextAs: 'mine_c', in: 'archive' }]])
  })

  it('notes nothing for articles with texts of their own', () => {
    const articles = [
      { id: 'b1', textHash: 'hash-d' },
      { id: 'b2', textHash: 'hash-e' }
    ]
    expect(textTwins(articles, new Map(), inArchive).size).toBe(0)
  })
})
