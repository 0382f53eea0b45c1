import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '@shared/formats/language'
import { BAISHUI_ZH, SONGMEI } from '../../../fixtures/news'

describe('detectLanguage', () => {
  it('finds Chinese in a Chinese text, even with some English in it', () => {
    expect(detectLanguage(readFileSync(BAISHUI_ZH.file, 'utf8'))).toBe('zh')
    expect(detectLanguage('松梅日报网（Songmei Daily Network）报道，白水区举行了护河志愿服务活动启动仪式。')).toBe('zh')
  })

  it('finds English in an English article, even with a Chinese name quoted', () => {
    expect(detectLanguage(readFileSync(SONGMEI.file, 'utf8'))).toBe('en')
    expect(detectLanguage('The secretary, Gao Wenbin (高文斌), attended the ceremony at the square.')).toBe('en')
  })

  it('answers und when it cannot tell', () => {
    expect(detectLanguage('')).toBe('und')
    expect(detectLanguage('12345 !!! 2023-03-06')).toBe('und')
    expect(detectLanguage('東京で会議が開かれました。')).toBe('und')
    expect(detectLanguage('Москва — столица России.')).toBe('und')
  })
})
