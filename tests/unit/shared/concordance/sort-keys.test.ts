import { describe, expect, it } from 'vitest'
import { contextTokens, leftSortKey, rightSortKey, sortLines, type SortableLine } from '@shared/concordance'

const line = (left: string, right: string, extra: Partial<SortableLine> = {}): SortableLine => ({ id: 'a', title: 'T', date: '2024-01-01', version: 'v', start: 0, left, right, ...extra })

describe('sort keys', () => {
  it('reads the left context backwards by words and the right forwards, ignoring case and punctuation', () => {
    expect(leftSortKey('…cleaned Yulong ')).toEqual(['yulong', 'cleaned'])
    expect(rightSortKey(', at Dawn; later…')).toEqual(['at', 'dawn', 'later'])
    expect(contextTokens('Café — 2024!')).toEqual(['cafe', '2024'])
  })

  it('takes each Chinese character as a unit, the one right before the match first', () => {
    expect(leftSortKey('…玉龙湖社区')).toEqual(['区', '社', '湖', '龙', '玉'])
    expect(rightSortKey('服务队，开展')).toEqual(['服', '务', '队', '开', '展'])
    expect(leftSortKey('在 Yulong 湖')).toEqual(['湖', 'yulong', '在'])
  })
})

describe('sortLines', () => {
  const lines = [
    line('…the old ', ' shore', { id: 'c', date: '2023-05-01', title: 'C' }),
    line('…cleaned Yulong ', ' at dawn', { id: 'a', date: '2024-02-01', title: 'A' }),
    line('Beside a ', ' of reeds', { id: 'b', date: '2022-01-01', title: 'B' })
  ]

  it('by left context: the word right before the match decides, then the one before it', () => {
    expect(sortLines(lines, 'left', 'en').map((l) => l.id)).toEqual(['b', 'c', 'a'])
    expect(sortLines(lines, 'left', 'en', true).map((l) => l.id)).toEqual(['a', 'c', 'b'])
  })

  it('by right context, and by article date', () => {
    expect(sortLines(lines, 'right', 'en').map((l) => l.id)).toEqual(['a', 'b', 'c'])
    expect(sortLines(lines, 'article', 'en').map((l) => l.id)).toEqual(['b', 'c', 'a'])
  })

  it('sorts Chinese contexts character by character, ties by article and place', () => {
    const zh = [
      line('社区', '服务', { id: 'x', start: 9 }),
      line('青年', '精神', { id: 'y' }),
      line('社区', '服务', { id: 'x', start: 2 }),
      line('老区', '者们', { id: 'z' })
    ]
    const left = sortLines(zh, 'left', 'zh-CN').map((l) => `${l.id}${l.start}`)
    // 年 (nián) before 区 (qū); the two 社区 lines keep their order in the text.
    expect(left).toEqual(['y0', 'z0', 'x2', 'x9'])
    expect(sortLines(zh, 'right', 'zh-CN').map((l) => l.id)).toEqual(['x', 'x', 'y', 'z'])
  })
})
