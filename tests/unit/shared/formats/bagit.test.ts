import { describe, expect, it } from 'vitest'
import { bagInfoTxt, decodeManifestPath, encodeManifestPath, manifestTxt, parseBagInfo, parseManifest, payloadOxum, verifyBag } from '../../../../src/shared/formats/bagit'

const file = (size: number, sha256: string) => ({ size, sha256 })

describe('BagIt tag files', () => {
  it('percent-encodes CR, LF and % in manifest names, and reads them back', () => {
    const name = 'data/a%b\r\nc.txt'
    expect(encodeManifestPath(name)).toBe('data/a%25b%0D%0Ac.txt')
    expect(decodeManifestPath(encodeManifestPath(name))).toBe(name)
    const text = manifestTxt(new Map([[name, file(3, 'a'.repeat(64))]]))
    expect(text).toBe(`${'a'.repeat(64)}  data/a%25b%0D%0Ac.txt\n`)
    expect(parseManifest(text).entries.get(name)).toBe('a'.repeat(64))
  })

  it('bag-info: one line per field; continuation lines join the value', () => {
    expect(bagInfoTxt([['External-Description', 'two\nlines']])).toBe('External-Description: two lines\n')
    expect(parseBagInfo('Source-Organization: Hexi\n  Archive\nPayload-Oxum: 10.2\n')?.get('Source-Organization')).toEqual(['Hexi Archive'])
    expect(payloadOxum([file(4, ''), file(6, '')])).toBe('10.2')
  })

  it('checks the manifest both ways and the declaration', () => {
    const files = new Map([
      ['bagit.txt', file(1, 'b')],
      ['bag-info.txt', file(1, 'c')],
      ['manifest-sha256.txt', file(1, 'd')],
      ['data/kept.txt', file(1, '1'.repeat(64))],
      ['data/extra.txt', file(1, '3'.repeat(64))]
    ])
    const texts: Record<string, string> = {
      'bagit.txt': 'BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n',
      'bag-info.txt': 'Payload-Oxum: 2.2\n',
      'manifest-sha256.txt': `${'2'.repeat(64)}  data/kept.txt\n${'4'.repeat(64)}  data/gone.txt\nnonsense\n`
    }
    expect(verifyBag(files, (path) => texts[path])).toEqual([
      { file: 'bagit.txt', problem: 'badDeclaration' },
      { file: 'manifest-sha256.txt', problem: 'badManifestLine' },
      { file: 'data/kept.txt', problem: 'checksumMismatch' },
      { file: 'data/gone.txt', problem: 'missingFile' },
      { file: 'data/extra.txt', problem: 'unlistedFile' }
    ])
  })
})
