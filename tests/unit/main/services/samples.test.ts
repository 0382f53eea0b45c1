import { describe, expect, it } from 'vitest'
import { findTranslation } from '@shared/translation/commands'
import { loadSamples } from '../../../../src/main/services/samples'

describe('loadSamples', () => {
  it('gives the sample articles’ translations segments (a new archive’s translation opened in the workbench)', async () => {
    const samples = await loadSamples('resources/samples')
    const translated = samples.filter((doc) => doc.versions.some((v) => v.role === 'translation'))
    expect(translated.length).toBeGreaterThan(0)
    for (const doc of translated) {
      for (const version of doc.versions.filter((v) => v.role === 'translation')) {
        expect(findTranslation(doc, version.lang).alignment.rows.length).toBeGreaterThan(0)
      }
    }
  })
})
