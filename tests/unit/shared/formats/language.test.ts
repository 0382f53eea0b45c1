import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '@shared/formats/language'
import { FUXIN_SEED } from '../../../fixtures/import/helpers'

describe('detectLanguage', () => {
  it('finds Chinese in a Chinese text, even with some English in it', () => {
    expect(detectLanguage('阜新市启动“温暖阜新、聚力新突破”学雷锋志愿服务活动，大力弘扬雷锋精神。')).toBe('zh')
    expect(detectLanguage('新华社（Xinhua News Agency）报道，辽宁省阜新市举行了学雷锋志愿服务活动启动仪式。')).toBe('zh')
  })

  it('finds English in the English seed, even with a Chinese name quoted', () => {
    expect(detectLanguage(readFileSync(FUXIN_SEED, 'utf8'))).toBe('en')
    expect(detectLanguage('The secretary, Hu Tao (胡涛), attended the ceremony at the square.')).toBe('en')
  })

  it('answers und when it cannot tell', () => {
    expect(detectLanguage('')).toBe('und')
    expect(detectLanguage('12345 !!! 2023-03-06')).toBe('und')
    expect(detectLanguage('東京で会議が開かれました。')).toBe('und')
    expect(detectLanguage('Москва — столица России.')).toBe('und')
  })
})
