import { describe, expect, it } from 'vitest'
import { extractNumbers, parseChineseNumber } from '@shared/translation/numbers'

const value = (text: string): number | null => parseChineseNumber(text)?.value ?? null
const found = (text: string, lang: string): string[] => extractNumbers(text, lang).map((n) => `${n.text}=${n.value}${n.percent ? '%' : ''}`)

describe('parseChineseNumber', () => {
  it.each([
    ['零', 0],
    ['五', 5],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十四', 24],
    ['一百零五', 105],
    ['两百', 200],
    ['一百一十', 110],
    ['三千五', 3500],
    ['两千零二十四', 2024],
    ['一千零一', 1001],
    ['两万五', 25_000],
    ['三千五百万', 35_000_000],
    ['一亿零五百万', 105_000_000],
    ['十二亿', 1_200_000_000],
    ['3万', 30_000],
    ['1.5亿', 150_000_000],
    ['1.5万亿', 1_500_000_000_000],
    ['二点五', 2.5],
    ['三十六点五', 36.5],
    ['一点五亿', 150_000_000],
    ['二〇二四', 2024],
    ['一九九七', 1997],
    ['2024', 2024],
    ['1,234.5', 1234.5],
    ['１２３', 123]
  ])('%s = %d', (text, expected) => {
    expect(parseChineseNumber(text)).toEqual({ value: expected, percent: false })
  })

  it('reads percentages written either way', () => {
    expect(parseChineseNumber('百分之六点五')).toEqual({ value: 6.5, percent: true })
    expect(parseChineseNumber('百分之二十')).toEqual({ value: 20, percent: true })
    expect(parseChineseNumber('6.5%')).toEqual({ value: 6.5, percent: true })
    expect(parseChineseNumber('６．５％')).toEqual({ value: 6.5, percent: true })
  })

  it('tells 三千五百万 (35 million) from 3.5 million', () => {
    expect(value('三千五百万')).toBe(35e6)
    expect(value('三百五十万')).toBe(3.5e6)
    expect(value('三千五百万')).not.toBe(value('三百五十万'))
  })

  it.each(['', '  ', '负五', '-5', '+5', '十十', '百千', '万', '亿', '点五', '一百零', '七八', '三四十', 'abc', '二十abc', '1,23', '一万万'])(
    'refuses %j',
    (text) => {
      expect(parseChineseNumber(text)).toBeNull()
    }
  )
})

describe('extractNumbers: English', () => {
  it('reads digits with separators, scale words and percentages', () => {
    expect(found('It cost 35 million yuan, 1,234.5 tons, and rose 6.5% or 7 per cent.', 'en')).toEqual([
      '35 million=35000000',
      '1,234.5=1234.5',
      '6.5%=6.5%',
      '7 per cent=7%'
    ])
    expect(found('3.5 million people; the 20th session; 2020-2024', 'en')).toEqual(['3.5 million=3500000', '20th=20', '2020=2020', '2024=2024'])
  })

  it('reads number words', () => {
    expect(found('twenty-four people', 'en')).toEqual(['twenty-four=24'])
    expect(found('three thousand five hundred homes', 'en')).toEqual(['three thousand five hundred=3500'])
    expect(found('one hundred and five, a million fans, six percent', 'en')).toEqual(['one hundred and five=105', 'a million=1000000', 'six percent=6%'])
    expect(found('Ninety nine red balloons', 'en')).toEqual(['Ninety nine=99'])
  })

  it('leaves words that are not numbers alone', () => {
    expect(found('No one came; one of them left; a man and a dog.', 'en')).toEqual([])
    expect(found('hundreds of people, thousands more', 'en')).toEqual([])
  })

  it('answers code-point offsets', () => {
    const [n] = extractNumbers('😀 paid 35 million', 'en')
    expect(n).toMatchObject({ start: 7, end: 17, text: '35 million' })
  })
})

describe('extractNumbers: Chinese', () => {
  it('reads digits, numerals and mixed forms in running text', () => {
    expect(found('全区投入三千五百万元，增长百分之六点五，其中3万人受益，总额1.5亿元。', 'zh')).toEqual([
      '三千五百万=35000000',
      '百分之六点五=6.5%',
      '3万=30000',
      '1.5亿=150000000'
    ])
    expect(found('两千零二十四年，共有三个人和二十家企业参加。', 'zh')).toEqual(['两千零二十四=2024', '三=3', '二十=20'])
  })

  it('skips numeral characters that are words, months and weekdays', () => {
    expect(found('这十分重要，千万不要忘记，万一下雨，一些人统一行动。', 'zh')).toEqual([])
    expect(found('五月和12月，星期三上午', 'zh')).toEqual([])
    expect(found('2024年5月1日', 'zh')).toEqual(['2024=2024', '1=1'])
  })

  it('answers code-point offsets', () => {
    const [n] = extractNumbers('𠮷祥投入三千五百万元', 'zh')
    expect(n).toMatchObject({ start: 4, end: 9, text: '三千五百万' })
  })
})
