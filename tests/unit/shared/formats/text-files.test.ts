import { describe, expect, it } from 'vitest'
import { textFiles } from '@shared/formats/text'
import { versionStems } from '@shared/formats/interchange/version-stems'
import { EN, EN2, ZH, richDoc, richInput } from './interchange-fixture'

describe('<lang>.txt', () => {
  it('writes each version as stored, a suffix for a second version in one language', () => {
    expect(textFiles(richInput())).toEqual([
      { path: 'zh.txt', text: ZH },
      { path: 'en.txt', text: EN },
      { path: 'en-2.txt', text: EN2 }
    ])
  })

  it('keeps stems file-safe and case-insensitively distinct', () => {
    const doc = richDoc()
    const versions = [
      { ...doc.versions[0]!, id: 'a', lang: 'zh-Hans' },
      { ...doc.versions[0]!, id: 'b', lang: 'ZH-hans' },
      { ...doc.versions[0]!, id: 'c', lang: 'x/../y' }
    ]
    expect([...versionStems(versions).values()]).toEqual(['zh-Hans', 'ZH-hans-2', 'x____y'])
  })
})
