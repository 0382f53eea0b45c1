import { describe, expect, it } from 'vitest'
import { concordanceNeedle, kwicLines } from '@shared/concordance'

const narrow = { unspaced: 6, spaced: 20 }

describe('kwicLines', () => {
  it('finds every whole-word occurrence, any case, with word-cut context on both sides', () => {
    const text = 'The lake froze. Volunteers cleaned Yulong Lake at dawn; later the LAKE shore was quiet. Lakeside cafés stayed shut.'
    const { lines, count } = kwicLines(text, concordanceNeedle('lake'), Infinity, narrow)
    expect(count).toBe(3)
    expect(lines.map((l) => l.match)).toEqual(['lake', 'Lake', 'LAKE'])
    expect(lines[1]).toEqual({ start: 42, end: 46, left: '…cleaned Yulong ', match: 'Lake', right: ' at dawn; later the…' })
    expect(lines[0]!.left).toBe('The ')
    // No half words at the cut: every context starts and ends on a word edge.
    for (const line of lines) {
      expect(line.left.replace(/^…/, '')).toMatch(/^(\S+ )*\S*\s?$/)
      expect(text.slice(line.start, line.end)).toBe(line.match)
    }
  })

  it('counts Chinese context in characters and finds a word inside a longer one', () => {
    const text = '今天上午，玉龙湖社区志愿服务队开展清洁活动。\n志愿者们表示，志愿精神值得传承。'
    const { lines, count } = kwicLines(text, concordanceNeedle('志愿'), Infinity, narrow)
    expect(count).toBe(3)
    expect(lines[0]).toMatchObject({ left: '…，玉龙湖社区', match: '志愿', right: '服务队开展清…' })
    // A line break becomes a space, nothing is inserted.
    expect(lines[1]).toMatchObject({ left: '…清洁活动。 ', match: '志愿', right: '者们表示，志…' })
    expect(lines[2]!.right).toBe('精神值得传承…')
  })

  it('answers offsets in code points, past characters outside the BMP', () => {
    const text = '𠀀𠀁 Hu Tao met 𠀂 Hu Tao.'
    const { lines } = kwicLines(text, concordanceNeedle('hu  tao'))
    expect(lines.map((l) => [l.start, l.end])).toEqual([
      [3, 9],
      [16, 22]
    ])
    expect([...text].slice(16, 22).join('')).toBe('Hu Tao')
  })

  it('never cuts a surrogate pair in the context', () => {
    const text = `${'𠀀'.repeat(10)}湖${'𠀁'.repeat(10)}`
    const { lines } = kwicLines(text, '湖', Infinity, { unspaced: 5, spaced: 20 })
    expect(lines[0]!.left).toMatch(/^…(𠀀)+$/u)
    expect(lines[0]!.right).toMatch(/^(𠀁)+…$/u)
  })

  it('caps the lines but counts them all; the needle drops quotes and folds case', () => {
    expect(kwicLines('a b a b a', 'a', 2).lines).toHaveLength(2)
    expect(kwicLines('a b a b a', 'a', 2).count).toBe(3)
    expect(concordanceNeedle(' “Yulong   LAKE” ')).toBe('yulong lake')
    expect(concordanceNeedle('"  "')).toBe('')
  })
})
