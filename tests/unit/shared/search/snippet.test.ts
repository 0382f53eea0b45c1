import { describe, expect, it } from 'vitest'
import { buildSnippets, fold } from '@shared/search'

const snippets = (text: string, needles: string[], options = {}) => buildSnippets([{ versionId: 'v', lang: 'x', text }], [fold(text)], needles, options)
const marked = (s: { text: string; highlights: Array<[number, number]> }) => {
  const points = [...s.text]
  for (const [start, end] of [...s.highlights].reverse()) {
    points.splice(end, 0, ']')
    points.splice(start, 0, '[')
  }
  return points.join('')
}

describe('buildSnippets', () => {
  it('marks every match in its context, cut on word breaks with an ellipsis', () => {
    const text = `${'Some words before the place. '.repeat(5)}Volunteers cleaned Yulong Lake on Sunday and Yulong Lake looked new.${' Words after it.'.repeat(10)}`
    const [first] = snippets(text, ['yulong lake'])
    expect(marked(first!)).toMatch(/^…\S.* cleaned \[Yulong Lake\] on Sunday and \[Yulong Lake\] looked new\..*…$/)
  })

  it('marks words of one name found apart as one match, but not words further apart', () => {
    const [s] = snippets('Comrade Lei Feng and the feng shui of Lei Town', ['lei', 'feng'])
    expect(marked(s!)).toBe('Comrade [Lei Feng] and the [feng] shui of [Lei] Town')
  })

  it('inserts no spaces into Chinese and counts highlights in code points', () => {
    const text = '𠀀区委书记胡涛参加玉龙湖志愿服务活动。'
    const [s] = snippets(text, ['志愿'])
    expect(s!.text).toBe(text)
    expect(marked(s!)).toBe('𠀀区委书记胡涛参加玉龙湖[志愿]服务活动。')
  })

  it('line breaks become spaces; nothing is lost or added around a match', () => {
    const [s] = snippets('Hu Tao\njoined', ['hu tao'])
    expect(marked(s!)).toBe('[Hu Tao] joined')
  })

  it('without a match in the text, shows its opening', () => {
    const [s] = snippets('Opening words of the article.', ['nowhere'])
    expect(s).toEqual({ versionId: 'v', lang: 'x', text: 'Opening words of the article.', highlights: [] })
  })

  it('gives at most `max` snippets that do not repeat each other', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} mentions the lake and more filler words here.`).join(' ')
    const list = snippets(text, ['lake'], { max: 3 })
    expect(list).toHaveLength(3)
    expect(new Set(list.map((s) => s.text)).size).toBe(3)
  })
})
