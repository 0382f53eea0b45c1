import { describe, expect, it } from 'vitest'
import { alignSegments, type Bead } from '@shared/translation/align'
import { segmentSentences } from '@shared/translation/segment'
import { cut } from './helpers'

/** Beads as pairs of texts, to read the alignment at a glance. */
function aligned(zh: string, en: string, names?: { source: string; target: string }[]): [string, string][] {
  const beads = alignSegments({ text: zh, lang: 'zh', spans: segmentSentences(zh, 'zh') }, { text: en, lang: 'en', spans: segmentSentences(en, 'en') }, names)
  return beads.map((b: Bead) => [cut(zh, b.source), cut(en, b.target)])
}

// Our own short news item: sentence 2 becomes two English sentences (1-2), sentences 4 and 5 one (2-1).
const ZH =
  '新阳区今天召开防汛工作会议。区长王建国出席会议并讲话，他要求各部门做好准备，确保群众安全。\n' +
  '今年全区共投入三千五百万元用于河道整治。工程预计在十月底完工。居民们表示欢迎。\n' +
  '会议还通报了2023年的工作情况。全年共转移群众两千零二十四人，没有发生伤亡。'
const EN =
  'Xinyang District held a flood-control meeting today. District head Wang Jianguo attended and spoke. He asked all departments to prepare well and ensure the safety of the public.\n' +
  'This year the district invested 35 million yuan in river works. The project is expected to be finished by the end of October, and residents welcomed it.\n' +
  'The meeting also reviewed the work of 2023. A total of 2,024 people were evacuated during the year, with no casualties.'

describe('alignSegments', () => {
  it('finds 1-1, 1-2 and 2-1 beads in a zh–en article', () => {
    expect(aligned(ZH, EN)).toEqual([
      ['新阳区今天召开防汛工作会议。', 'Xinyang District held a flood-control meeting today.'],
      [
        '区长王建国出席会议并讲话，他要求各部门做好准备，确保群众安全。',
        'District head Wang Jianguo attended and spoke. He asked all departments to prepare well and ensure the safety of the public.'
      ],
      ['今年全区共投入三千五百万元用于河道整治。', 'This year the district invested 35 million yuan in river works.'],
      ['工程预计在十月底完工。居民们表示欢迎。', 'The project is expected to be finished by the end of October, and residents welcomed it.'],
      ['会议还通报了2023年的工作情况。', 'The meeting also reviewed the work of 2023.'],
      ['全年共转移群众两千零二十四人，没有发生伤亡。', 'A total of 2,024 people were evacuated during the year, with no casualties.']
    ])
  })

  it('aligns the other way round (en→zh) with the same beads mirrored', () => {
    const beads = alignSegments({ text: EN, lang: 'en', spans: segmentSentences(EN, 'en') }, { text: ZH, lang: 'zh', spans: segmentSentences(ZH, 'zh') })
    expect(beads.map((b) => [cut(ZH, b.target), cut(EN, b.source)])).toEqual(aligned(ZH, EN))
  })

  it('covers both texts in order, with empty spans for omissions (1-0) that numbers reveal', () => {
    const zh = '第一条消息提到了12个村。这一句被机器漏掉了，里面有35户人家。第三条消息提到了48名志愿者。'
    const en = 'The first item mentioned 12 villages. The third item mentioned 48 volunteers.'
    const source = segmentSentences(zh, 'zh')
    const target = segmentSentences(en, 'en')
    const beads = alignSegments({ text: zh, lang: 'zh', spans: source }, { text: en, lang: 'en', spans: target })
    expect(beads.map((b) => [cut(zh, b.source), cut(en, b.target)])).toEqual([
      ['第一条消息提到了12个村。', 'The first item mentioned 12 villages.'],
      ['这一句被机器漏掉了，里面有35户人家。', ''],
      ['第三条消息提到了48名志愿者。', 'The third item mentioned 48 volunteers.']
    ])
    expect(beads[1]!.target).toEqual({ start: target[0]!.end, end: target[0]!.end })
    expect(beads[0]!.source.start).toBe(0)
    expect(beads.at(-1)!.target.end).toBe(target.at(-1)!.end)
  })

  it('without the numbers, lengths alone fold the omitted sentence into a 2-1 bead', () => {
    const zh = '第一条消息提到了几个村。这一句被机器漏掉了，里面有些人家。第三条消息提到了一些志愿者。'
    const en = 'The first item mentioned several villages. The third item mentioned some volunteers.'
    const beads = aligned(zh, en)
    expect(beads).toHaveLength(2)
    expect(beads.some(([source]) => source.includes('这一句被机器漏掉了，里面有些人家。') && source.length > 20)).toBe(true)
    expect(beads.every(([, target]) => target !== '')).toBe(true)
  })

  it('uses name pairs as anchors', () => {
    const zh = '王建国讲话。李华发言。会议结束。'
    const en = 'Wang Jianguo spoke at length about many things. Li Hua also spoke. The meeting ended.'
    const names = [
      { source: '王建国', target: 'Wang Jianguo' },
      { source: '李华', target: 'Li Hua' }
    ]
    expect(aligned(zh, en, names)).toEqual([
      ['王建国讲话。', 'Wang Jianguo spoke at length about many things.'],
      ['李华发言。', 'Li Hua also spoke.'],
      ['会议结束。', 'The meeting ended.']
    ])
  })

  it('keeps beads within paragraphs', () => {
    const zh = '第一段只有一句话。\n第二段的第一句。第二段的第二句。'
    const en = 'The first paragraph has only one sentence.\nThe second paragraph, first sentence. Second sentence.'
    expect(aligned(zh, en)).toEqual([
      ['第一段只有一句话。', 'The first paragraph has only one sentence.'],
      ['第二段的第一句。', 'The second paragraph, first sentence.'],
      ['第二段的第二句。', 'Second sentence.']
    ])
  })

  it('answers 0-1 beads when there is no source, and nothing for two empty texts', () => {
    const en = 'One. Two.'
    const beads = alignSegments({ text: '', lang: 'zh', spans: [] }, { text: en, lang: 'en', spans: segmentSentences(en, 'en') })
    expect(beads).toEqual([
      { source: { start: 0, end: 0 }, target: { start: 0, end: 4 } },
      { source: { start: 0, end: 0 }, target: { start: 5, end: 9 } }
    ])
    expect(alignSegments({ text: '', lang: 'zh', spans: [] }, { text: '', lang: 'en', spans: [] })).toEqual([])
  })

  it('aligns a long article where the band must widen (many omissions at the start)', () => {
    const zhSentences = Array.from({ length: 300 }, (_, i) => `这是第${i + 1}句话，内容比较平常。`)
    const enSentences = Array.from({ length: 300 }, (_, i) => `This is sentence number ${i + 1}, quite ordinary.`)
    // The MT dropped the first 40 sentences.
    const zh = zhSentences.join('')
    const en = enSentences.slice(40).join(' ')
    const beads = alignSegments({ text: zh, lang: 'zh', spans: segmentSentences(zh, 'zh') }, { text: en, lang: 'en', spans: segmentSentences(en, 'en') })
    const pairs = beads.map((b) => [cut(zh, b.source), cut(en, b.target)])
    expect(pairs.slice(0, 40).every(([, target]) => target === '')).toBe(true)
    expect(pairs[40]).toEqual(['这是第41句话，内容比较平常。', 'This is sentence number 41, quite ordinary.'])
    expect(pairs.at(-1)).toEqual(['这是第300句话，内容比较平常。', 'This is sentence number 300, quite ordinary.'])
  })
})
