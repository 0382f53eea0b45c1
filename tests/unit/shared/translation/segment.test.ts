import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/translation/segment'
import { cut } from './helpers'

const sentences = (text: string, lang: string): string[] => segmentSentences(text, lang).map((span) => cut(text, span))

describe('segmentSentences: English abbreviations', () => {
  it('does not end a sentence after a title', () => {
    expect(sentences('Mr. Smith met Dr. Jones at noon. They spoke.', 'en')).toEqual(['Mr. Smith met Dr. Jones at noon.', 'They spoke.'])
    expect(sentences('Prof. Li and Mrs. Wang came. Gen. Zhao did not.', 'en')).toEqual(['Prof. Li and Mrs. Wang came.', 'Gen. Zhao did not.'])
  })

  it('keeps "No." and month abbreviations with the number they announce', () => {
    expect(sentences('It was ranked No. 1. Next year it fell.', 'en')).toEqual(['It was ranked No. 1.', 'Next year it fell.'])
    expect(sentences('The fair opened on Jan. 5. Crowds came.', 'en')).toEqual(['The fair opened on Jan. 5.', 'Crowds came.'])
    expect(sentences('See No. 5 on the list. Done.', 'en')).toEqual(['See No. 5 on the list.', 'Done.'])
  })

  it('keeps initialisms inside a sentence but lets them end one', () => {
    expect(sentences('The U.S. Army arrived. It rained.', 'en')).toEqual(['The U.S. Army arrived.', 'It rained.'])
    expect(sentences('Talks with the U.S. continued. They ended.', 'en')).toEqual(['Talks with the U.S. continued.', 'They ended.'])
    expect(sentences('He flew to the U.S. The next day he left.', 'en')).toEqual(['He flew to the U.S.', 'The next day he left.'])
    expect(sentences('George W. Bush spoke.', 'en')).toEqual(['George W. Bush spoke.'])
  })

  it('never splits a decimal', () => {
    expect(sentences('Growth was 2.5 percent. Prices rose 0.3 points.', 'en')).toEqual(['Growth was 2.5 percent.', 'Prices rose 0.3 points.'])
  })

  it('ends a sentence at a real stop after an ordinary word', () => {
    expect(sentences('The vote was close. Dr. Chen won.', 'en')).toEqual(['The vote was close.', 'Dr. Chen won.'])
  })
})

describe('segmentSentences: Chinese', () => {
  it('splits at 。！？', () => {
    expect(sentences('会议开始了。大家都来了！你来吗？', 'zh')).toEqual(['会议开始了。', '大家都来了！', '你来吗？'])
  })

  it('keeps closing quotes and brackets after 。！？ with their sentence', () => {
    expect(sentences('他说：“我们来了。”然后走了。', 'zh')).toEqual(['他说：“我们来了。”', '然后走了。'])
    expect(sentences('她问：「真的吗？」大家笑了。', 'zh')).toEqual(['她问：「真的吗？」', '大家笑了。'])
    expect(sentences('（本报讯。）记者报道。', 'zh')).toEqual(['（本报讯。）', '记者报道。'])
    expect(sentences('他说：“好。” ”又说。', 'zh')[0]).toBe('他说：“好。”')
  })

  it('gives an opening bracket after a stop to the next sentence', () => {
    expect(sentences('工程完工了。（完）下一条新闻！', 'zh')).toEqual(['工程完工了。', '（完）下一条新闻！'])
  })
})

describe('segmentSentences: spans', () => {
  it('always ends a segment at a paragraph break, even after an abbreviation', () => {
    expect(sentences('标题\n\n第一段。第二句。\n第二段', 'zh')).toEqual(['标题', '第一段。', '第二句。', '第二段'])
    expect(sentences('A headline without a stop\n\nDr.\nSmith', 'en')).toEqual(['A headline without a stop', 'Dr.', 'Smith'])
  })

  it('answers code-point offsets without the whitespace between sentences', () => {
    const text = '😀 First one.   Second one.\n\n𠮷祥。'
    const spans = segmentSentences(text, 'en')
    expect(spans).toEqual([
      { start: 0, end: 12 },
      { start: 15, end: 26 },
      { start: 28, end: 31 }
    ])
  })

  it('segments a long text without line breaks the same way as short ones', () => {
    const sentence = (i: number): string => `Mr. Li said on Jan. ${(i % 28) + 1} that No. ${i} grew 2.5 percent in the U.S. Army depot.`
    const sentences1000 = Array.from({ length: 1000 }, (_, i) => sentence(i))
    const text = sentences1000.join(' ')
    expect(text.length).toBeGreaterThan(15 * 4096)
    expect(sentences(text, 'en')).toEqual(sentences1000)
    const zh = Array.from({ length: 1000 }, (_, i) => `他说：“第${i}项工程完工了。”`)
    expect(sentences(zh.join(''), 'zh')).toEqual(zh)
  })

  it('answers nothing for blank text', () => {
    expect(segmentSentences('', 'en')).toEqual([])
    expect(segmentSentences(' \n\n ', 'zh')).toEqual([])
  })
})
