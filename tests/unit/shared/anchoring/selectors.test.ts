import { describe, expect, it } from 'vitest'
import { asCodePoint, buildSelectors, contextMatches, positionMatchesQuote, QUOTE_CONTEXT, readPosition } from '@shared/anchoring'

describe('selectors', () => {
  it('builds the quote with 32 code points of context on each side', () => {
    const text = 'x'.repeat(40) + 'Hu Tao' + 'y'.repeat(40)
    const { position, quote } = buildSelectors(text, asCodePoint(40), asCodePoint(46))
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 46 })
    expect(quote.exact).toBe('Hu Tao')
    expect(quote.prefix).toBe('x'.repeat(QUOTE_CONTEXT))
    expect(quote.suffix).toBe('y'.repeat(QUOTE_CONTEXT))
  })

  it('counts context in code points around emoji and CJK', () => {
    const text = '😀'.repeat(40) + '胡涛' + '𠮷'.repeat(40)
    const { quote } = buildSelectors(text, asCodePoint(40), asCodePoint(42))
    expect(quote.exact).toBe('胡涛')
    expect([...quote.prefix]).toHaveLength(32)
    expect([...quote.suffix]).toHaveLength(32)
    expect(quote.suffix.startsWith('𠮷')).toBe(true)
  })

  it('keeps short context at the edges of the text', () => {
    const { quote } = buildSelectors('Hu Tao spoke', asCodePoint(0), asCodePoint(6))
    expect(quote.prefix).toBe('')
    expect(quote.suffix).toBe(' spoke')
  })

  it('reads selectors back', () => {
    const text = 'Café\u0301 😀 Lei Feng'
    const selectors = buildSelectors(text, asCodePoint(8), asCodePoint(16))
    expect(selectors.quote.exact).toBe('Lei Feng')
    expect(readPosition(text, selectors.position)).toBe('Lei Feng')
    expect(positionMatchesQuote(text, selectors)).toBe(true)
    expect(contextMatches(text, selectors)).toBe(true)
    expect(positionMatchesQuote('x' + text, selectors)).toBe(false)
    expect(readPosition('short', { type: 'TextPositionSelector', start: 2, end: 9 })).toBeNull()
  })
})
