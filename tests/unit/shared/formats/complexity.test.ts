import { describe, expect, it } from 'vitest'
import { checkComplexity, htmlShape, markdownDepth, MAX_HTML_PARTS, MAX_NESTING } from '@shared/formats/complexity'

const nestedList = (levels: number): string => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')
const refusal = (format: 'md' | 'html', text: string): unknown => {
  try {
    checkComplexity(format, text)
    return null
  } catch (error) {
    return error
  }
}

describe('markdownDepth', () => {
  it('counts indented list levels, markers on one line and quote markers', () => {
    expect(markdownDepth('# Title\n\nA paragraph.')).toBe(0)
    expect(markdownDepth(nestedList(4))).toBe(4)
    expect(markdownDepth('- - - three on one line')).toBe(3)
    expect(markdownDepth('> > > quoted thrice')).toBe(3)
    expect(markdownDepth('>>> quoted thrice without spaces')).toBe(3)
    expect(markdownDepth('1. first\n   2) nested ordered')).toBe(2)
  })

  it('does not count indentation without a marker (code, poetry)', () => {
    expect(markdownDepth(`${' '.repeat(400)}indented code`)).toBe(0)
  })
})

describe('htmlShape', () => {
  it('counts elements that nest, not void ones or those the parser closes itself', () => {
    expect(htmlShape('<div><section><p>One<p>Two<br><img src=x></section></div>').depth).toBe(2)
    expect(htmlShape(`<body>${'<p>paragraph'.repeat(1000)}</body>`).depth).toBe(0)
    expect(htmlShape('<div/><div/><span/>').depth).toBe(0)
  })

  it('skips what scripts, styles and comments contain', () => {
    expect(htmlShape(`<script>var s = "${'<div>'.repeat(500)}"</script><!-- ${'<b>'.repeat(500)} --><p>x</p>`).depth).toBe(0)
  })

  it('counts tags and character references as parts', () => {
    expect(htmlShape('<p>a &amp; b &#x4E2D; c</p>').parts).toBe(4)
  })

  it('stops at an unterminated tag or comment instead of searching again from every "<"', () => {
    expect(htmlShape(`<p>x</p>${'<!--'.repeat(10_000)}`).parts).toBe(2)
    expect(htmlShape(`<div>${'<a '.repeat(10_000)}`)).toEqual({ parts: 1, depth: 1 })
  })
})

describe('checkComplexity', () => {
  it('lets real articles through', () => {
    expect(refusal('md', `# Title\n\n${nestedList(6)}\n\n> a quote`)).toBeNull()
    expect(refusal('html', `<html><body><article>${'<div>'.repeat(40)}<p>Text</p>${'</div>'.repeat(40)}</article></body></html>`)).toBeNull()
  })

  it('refuses nesting deeper than the limit, naming the depth', () => {
    expect(refusal('md', nestedList(MAX_NESTING + 50))).toMatchObject({ code: 'import.tooComplex', params: { depth: MAX_NESTING + 50, limit: MAX_NESTING } })
    expect(refusal('md', '> '.repeat(500))).toMatchObject({ code: 'import.tooComplex' })
    expect(refusal('html', '<span>'.repeat(MAX_NESTING + 1))).toMatchObject({ code: 'import.tooComplex', params: { depth: MAX_NESTING + 1 } })
  })

  it('refuses more tags and references than the limit, in HTML and in Markdown', () => {
    const many = '&amp;'.repeat(MAX_HTML_PARTS + 1)
    expect(refusal('html', many)).toMatchObject({ code: 'import.tooManyParts', params: { count: MAX_HTML_PARTS + 1, limit: MAX_HTML_PARTS } })
    expect(refusal('md', many)).toMatchObject({ code: 'import.tooManyParts' })
  })
})
