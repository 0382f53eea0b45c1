import { describe, expect, it } from 'vitest'
import { hter } from '@shared/translation/hter'

describe('hter', () => {
  it('is 0 for an untouched segment and null when both are empty', () => {
    expect(hter('The meeting ended.', 'The meeting ended.', 'en')).toBe(0)
    expect(hter('', '', 'en')).toBeNull()
    expect(hter('  ', '', 'en')).toBeNull()
  })

  it('counts insertions, deletions and substitutions over the post-edit length', () => {
    // Tokens: The meeting ended . (4) → The meeting ended early . (5): one insertion.
    expect(hter('The meeting ended.', 'The meeting ended early.', 'en')).toBeCloseTo(1 / 5)
    // One substitution over 4 tokens.
    expect(hter('The meeting ended.', 'The session ended.', 'en')).toBeCloseTo(1 / 4)
    // One deletion over 3 tokens.
    expect(hter('The long meeting.', 'The meeting.', 'en')).toBeCloseTo(1 / 3)
    // Case counts: a capitalised word is an edit.
    expect(hter('the meeting', 'The meeting', 'en')).toBeCloseTo(1 / 2)
  })

  it('costs a moved phrase one shift, not a deletion plus an insertion', () => {
    // 7 tokens; plain edit distance would be 2 (delete "today", insert it in front).
    expect(hter('the cat sat on the mat today', 'today the cat sat on the mat', 'en')).toBeCloseTo(1 / 7)
    // A three-word phrase moved: still one edit, over 8 tokens.
    expect(hter('the big red house stood on the hill', 'on the hill the big red house stood', 'en')).toBeCloseTo(1 / 8)
    // A shift plus a substitution.
    expect(hter('yesterday the council met in Xinyang', 'the council met in Xinyang on Monday', 'en')).toBeCloseTo(3 / 7)
  })

  it('tokenises Chinese with Intl.Segmenter', () => {
    // 他们 在 公园 散步 。 (5 tokens): one deletion (里).
    expect(hter('他们在公园里散步。', '他们在公园散步。', 'zh')).toBeCloseTo(1 / 5)
    expect(hter('他们在公园散步。', '他们在公园散步。', 'zh')).toBe(0)
  })

  it('counts an emptied segment as fully edited and a segment written from nothing as all insertions', () => {
    expect(hter('The meeting ended.', '', 'en')).toBe(1)
    expect(hter('', 'The meeting ended.', 'en')).toBe(1)
  })
})
