import chardet from 'chardet'
import { ImportFailure } from '@shared/formats/failure'

export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface Decoded {
  text: string
  encoding: DetectedEncoding
}

/** How much of a file the binary and charset checks look at; enough to tell, cheap at 20 MB. */
const SAMPLE = 64 * 1024

/** C0 controls other than tab, line feed, form feed, carriage return, and DEL. */
const isControlByte = (b: number): boolean => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f

/**
 * Binary rather than text: a NUL byte (no text encoding we accept outside UTF-16 has one), or
 * more than 1 in 100 bytes being control characters (stray ^Z or ^L in old files are fine).
 */
function looksBinary(bytes: Uint8Array): boolean {
  // NUL anywhere (a native scan, cheap even at 20 MB); control characters in the first 64 KB.
  if (bytes.indexOf(0) !== -1) return true
  const n = Math.min(bytes.length, SAMPLE)
  let controls = 0
  for (let i = 0; i < n; i++) {
    if (isControlByte(bytes[i]!)) controls++
  }
  return controls > n / 100
}

function textLooksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE)
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) return true
    if (isControlByte(c) || (c >= 0x80 && c < 0xa0)) controls++
  }
  return controls > sample.length / 100
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false (the default) makes the decoder drop the BOM it was chosen for.
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Decoded GB18030 is believed only when it reads as Chinese: nearly every non-ASCII character
 * a Han character or CJK / full-width punctuation. Bytes of another legacy charset (Latin-1,
 * Shift_JIS…) that happen to be valid GB18030 decode to rare characters and symbols instead.
 */
function plausibleChinese(text: string): boolean {
  const nonAscii = text.match(/[^\p{ASCII}]/gu)?.length ?? 0
  if (nonAscii === 0) return false
  const chinese = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7]/gu)?.length ?? 0
  return chinese / nonAscii >= 0.9
}

/** chardet's statistical guess, as a second opinion on GB18030 against other legacy charsets. */
function chardetFavoursGb18030(bytes: Uint8Array): boolean {
  const candidates = chardet.analyse(bytes.subarray(0, SAMPLE))
  const gb = candidates.find((c) => c.name === 'GB18030')
  if (!gb) return false
  const best = candidates[0]
  return gb.confidence >= 10 && (best === undefined || gb.confidence >= best.confidence * 0.8)
}

/**
 * Detects the encoding of a text file and decodes it with a real (WHATWG/ICU) decoder, in
 * fatal mode so that a single bad byte is an error, never a silent U+FFFD.
 *
 * Order: a BOM decides (UTF-8, UTF-16 LE/BE); then binary files are refused; then strict
 * UTF-8; then GB18030 (a superset of GBK and GB2312) when it decodes strictly, reads as
 * Chinese and chardet does not prefer another charset. Anything else is an invalid encoding.
 * UTF-16 without a BOM contains NUL bytes for ASCII text and is refused as binary.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportFailure('import.empty')
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]]
  const bom: DetectedEncoding | null =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'utf-8-bom' : b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null
  if (bom) {
    const text = strictDecode(bom === 'utf-8-bom' ? 'utf-8' : bom, bytes)
    if (text === null) throw new ImportFailure('import.invalidEncoding', { encoding: bom })
    if (textLooksBinary(text)) throw new ImportFailure('import.binary')
    return { text, encoding: bom }
  }
  if (looksBinary(bytes)) throw new ImportFailure('import.binary')
  const utf8 = strictDecode('utf-8', bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  const gb = strictDecode('gb18030', bytes)
  if (gb !== null && plausibleChinese(gb) && chardetFavoursGb18030(bytes)) return { text: gb, encoding: 'gb18030' }
  throw new ImportFailure('import.invalidEncoding', { encoding: 'utf-8' })
}
