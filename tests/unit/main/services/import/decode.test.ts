import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { ImportFailure } from '@shared/formats/failure'
import { decodeBytes } from '../../../../../src/main/services/import/decode'

const ZH = '白水区开展“护河清岸、共建家园”志愿服务活动。\n\n日期：2024年5月20日\n来源：松梅日报网\n'
const EN = 'Songmei City launched a volunteer service month — “Warm Hands, Bright Lanterns”.\n'

function codeOf(bytes: Uint8Array): string {
  try {
    decodeBytes(bytes)
  } catch (error) {
    if (error instanceof ImportFailure) return error.code
    throw error
  }
  return 'decoded'
}

const withBom = (bom: number[], body: Buffer): Uint8Array => Buffer.concat([Buffer.from(bom), body])
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16()

describe('decodeBytes', () => {
  it('decodes UTF-8 without and with a BOM (the BOM dropped)', () => {
    expect(decodeBytes(Buffer.from(ZH))).toEqual({ text: ZH, encoding: 'utf-8' })
    expect(decodeBytes(withBom([0xef, 0xbb, 0xbf], Buffer.from(EN)))).toEqual({ text: EN, encoding: 'utf-8-bom' })
  })

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(withBom([0xff, 0xfe], Buffer.from(ZH + EN, 'utf16le')))).toEqual({ text: ZH + EN, encoding: 'utf-16le' })
    expect(decodeBytes(withBom([0xfe, 0xff], utf16be(ZH + EN)))).toEqual({ text: ZH + EN, encoding: 'utf-16be' })
  })

  it('decodes GBK and GB18030 Chinese text', () => {
    expect(decodeBytes(iconv.encode(ZH, 'gbk'))).toEqual({ text: ZH, encoding: 'gb18030' })
    const rare = ZH + '𠀀' // outside GBK: needs GB18030's four-byte form
    expect(decodeBytes(iconv.encode(rare, 'gb18030'))).toEqual({ text: rare, encoding: 'gb18030' })
  })

  it('refuses binary files: NUL bytes or many control characters', () => {
    expect(codeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('import.binary')
    expect(codeOf(Buffer.from('text\x01\x02\x03\x04 more text'))).toBe('import.binary')
    expect(codeOf(Buffer.from('UTF-16 without a BOM', 'utf16le'))).toBe('import.binary')
    expect(codeOf(withBom([0xff, 0xfe], Buffer.from('a\u0000\u0001\u0002b', 'utf16le')))).toBe('import.binary')
  })

  it('refuses bytes that are neither UTF-8 nor plausible Chinese GB18030', () => {
    expect(codeOf(Buffer.from('Un café très élégant à Paris, déjà vu.', 'latin1'))).toBe('import.invalidEncoding')
    expect(codeOf(Buffer.concat([Buffer.from('Valid start '), Buffer.from([0xc3, 0x28]), Buffer.from(' end')]))).toBe('import.invalidEncoding')
    expect(codeOf(iconv.encode('東京で会議が開かれました。', 'shift_jis'))).toBe('import.invalidEncoding')
    expect(codeOf(withBom([0xef, 0xbb, 0xbf], Buffer.from([0x41, 0xff, 0x42])))).toBe('import.invalidEncoding')
    expect(codeOf(withBom([0xff, 0xfe], Buffer.from([0x00, 0xd8, 0x41, 0x00])))).toBe('import.invalidEncoding')
  })

  it('refuses empty input', () => {
    expect(codeOf(new Uint8Array())).toBe('import.empty')
  })
})

describe('decodeBytes on large input', () => {
  it('finds a NUL byte far into an otherwise valid file', () => {
    const big = Buffer.alloc(1024 * 1024, 'a')
    big[900_000] = 0
    expect(codeOf(big)).toBe('import.binary')
  })
})
