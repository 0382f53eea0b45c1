import { versionStems } from '../interchange/version-stems'
import type { FormatFile, FormatInput } from '../interchange/types'

/**
 * `<lang>.txt` per text version (`en-2.txt` for a second English one; see versionStems), the
 * text exactly as stored: UTF-8, "\n" line endings, no BOM. brat's `.ann` files count their
 * offsets in these same files, so a bundle writes each `<lang>.txt` once for both formats.
 */
export function textFiles(input: FormatInput): FormatFile[] {
  const stems = versionStems(input.doc.versions)
  return input.doc.versions.map((version) => ({ path: `${stems.get(version.id)!}.txt`, text: version.text }))
}
