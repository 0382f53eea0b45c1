import { describe, expect, it } from 'vitest'
import { matchQuote } from '@shared/anchoring'

describe('matchQuote', () => {
  it('finds an exact quote', () => {
    expect(matchQuote('the mayor Hu Tao spoke', 'Hu Tao')).toMatchObject({ start: 10, end: 16 })
  })

  it('picks among repeated quotes by context', () => {
    const text = 'Lei Feng was a soldier. Later, students studied Lei Feng in school.'
    const second = matchQuote(text, 'Lei Feng', { prefix: 'students studied ', suffix: ' in school' })
    expect(second?.start).toBe(48)
    const first = matchQuote(text, 'Lei Feng', { prefix: '', suffix: ' was a soldier' })
    expect(first?.start).toBe(0)
  })

  it('picks among repeated quotes with equal context by the position hint', () => {
    const text = 'ab Lei ab Lei ab Lei ab'
    expect(matchQuote(text, 'Lei', { hint: 11 })?.start).toBe(10)
    expect(matchQuote(text, 'Lei', { hint: 20 })?.start).toBe(17)
  })

  it('finds a quote with a few errors', () => {
    const match = matchQuote('the Youth Leage Committee met', 'Youth League Committee')
    expect(match).not.toBeNull()
    expect(match!.score).toBeLessThan(1)
    expect('the Youth Leage Committee met'.slice(match!.start, match!.end)).toContain('Youth Leage Comm')
  })

  it('returns null when nothing is close enough or the quote is empty', () => {
    expect(matchQuote('completely different', 'Hu Tao', { maxErrors: 1 })).toBeNull()
    expect(matchQuote('anything', '')).toBeNull()
    expect(matchQuote('Hu Tao', 'Hu Tbo', { maxErrors: 0 })).toBeNull()
  })
})
