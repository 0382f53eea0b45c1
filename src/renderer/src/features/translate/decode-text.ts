/**
 * The text of a chosen file: a byte-order mark decides (UTF-8, UTF-16), else strict UTF-8,
 * else GB 18030 (Chinese files saved by older Windows tools). null when neither decodes
 * cleanly: a wrongly decoded translation would be worse than none.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes
  const strict = (label: string, from = 0) => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes.subarray(from))
    } catch {
      return null
    }
  }
  if (a === 0xef && b === 0xbb && c === 0xbf) return strict('utf-8', 3)
  if (a === 0xff && b === 0xfe) return strict('utf-16le', 2)
  if (a === 0xfe && b === 0xff) return strict('utf-16be', 2)
  const utf8 = strict('utf-8')
  if (utf8 !== null) return utf8
  const gb = strict('gb18030')
  // GB 18030 maps almost every byte sequence; a replacement character means it did not fit.
  return gb !== null && !gb.includes('\uFFFD') ? gb : null
}
