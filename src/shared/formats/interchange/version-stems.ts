import type { TextVersion } from '../../model'

/**
 * The file stem of each text version, in version order: its language (`en`, `zh`), and for a
 * second or later version in the same language a suffix (`en-2`, `en-3`). Every per-version
 * file of a bundle (`<stem>.txt`, `.ann`, `.conll`) uses these stems, so they pair up.
 */
export function versionStems(versions: readonly TextVersion[]): Map<string, string> {
  const seen = new Map<string, number>()
  const stems = new Map<string, string>()
  for (const version of versions) {
    const lang = version.lang.replace(/[^A-Za-z0-9-]/g, '_')
    const count = (seen.get(lang.toLowerCase()) ?? 0) + 1
    seen.set(lang.toLowerCase(), count)
    stems.set(version.id, count === 1 ? lang : `${lang}-${count}`)
  }
  return stems
}
