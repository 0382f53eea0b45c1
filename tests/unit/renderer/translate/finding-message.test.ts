import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { resources } from '../../../../src/shared/i18n/resources'
import { findingMessage } from '../../../../src/renderer/src/features/translate/finding-message'
import type { QaFinding } from '../../../../src/renderer/src/features/translate/types'

const finding = {
  rowId: 'r1',
  segment: 3,
  check: 'doubled-word',
  severity: 'warning',
  params: { words: 'the the' },
  message: 'Doubled word: "the the".'
} as unknown as QaFinding

async function translator(lng: string) {
  const t = i18next.createInstance()
  await t.init({ resources, lng, ns: ['translate'], interpolation: { escapeValue: false } })
  return t.t
}

describe('a QA finding in the window', () => {
  it('is worded in the interface language, not in the language main wrote it in', async () => {
    expect(findingMessage(await translator('zh-CN'), finding)).toBe('重复词：“the the”。')
    expect(findingMessage(await translator('en'), finding)).toContain('the the')
  })

  it("keeps main's words for a check the window does not know", async () => {
    expect(findingMessage(await translator('zh-CN'), { ...finding, check: 'from-a-newer-main' } as unknown as QaFinding)).toBe(finding.message)
  })
})
