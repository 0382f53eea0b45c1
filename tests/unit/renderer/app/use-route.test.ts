import { describe, expect, it } from 'vitest'
import { formatRoute, parseRoute } from '../../../../src/renderer/src/app/use-route'

describe('routes', () => {
  it('opens an article at a place: version and code-point range in the link, and back', () => {
    const route = { view: 'reader', id: 'a 1', version: 'v-en', at: { start: 12, end: 22 } } as const
    const hash = formatRoute(route)
    expect(hash).toBe('#/article/a%201?version=v-en&at=12-22')
    expect(parseRoute(hash)).toEqual(route)
  })

  it('keeps old article links working, and ignores a malformed place', () => {
    expect(parseRoute('#/article/sample-1')).toEqual({ view: 'reader', id: 'sample-1' })
    expect(formatRoute({ view: 'reader', id: 'sample-1' })).toBe('#/article/sample-1')
    expect(parseRoute('#/article/sample-1?at=9-3')).toEqual({ view: 'reader', id: 'sample-1' })
    expect(parseRoute('#/article/sample-1?at=x')).toEqual({ view: 'reader', id: 'sample-1' })
  })

  it('carries the concordance query, Chinese and spaces included', () => {
    const hash = formatRoute({ view: 'concordance', q: '志愿 服务' })
    expect(parseRoute(hash)).toEqual({ view: 'concordance', q: '志愿 服务' })
    expect(parseRoute('#/concordance')).toEqual({ view: 'concordance', q: '' })
    expect(formatRoute({ view: 'concordance', q: '' })).toBe('#/concordance')
  })
})
