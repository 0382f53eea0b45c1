import { describe, expect, it } from 'vitest'
import { kwic } from '@shared/annotation'

describe('kwic', () => {
  it('gives the sentence around a mention, split at the keyword', () => {
    const text = 'First sentence. 😀 Hu Tao, secretary, spoke at length. Last one.'
    const k = kwic(text, 18, 24)
    expect(k).toMatchObject({ left: '😀 ', keyword: 'Hu Tao', right: ', secretary, spoke at length.', sentenceStart: 16, sentenceEnd: 53 })
  })

  it('works in Chinese and trims long contexts', () => {
    const text = '开班了。区委副书记陈文静出席仪式。结束。'
    expect(kwic(text, 9, 12, 'zh')).toMatchObject({ left: '区委副书记', keyword: '陈文静', right: '出席仪式。' })
    const long = 'a '.repeat(200) + 'Hu Tao ' + 'b '.repeat(200) + '.'
    const k = kwic(long, 400, 406, 'en', 10)
    expect(k.left).toBe('…' + 'a '.repeat(5))
    expect(k.right).toBe(' b b b b b…')
  })
})
