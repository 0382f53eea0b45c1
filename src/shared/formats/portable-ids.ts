/**
 * Ids name files in the archive (`articles/<id>.json`) and travel in exports, so one taken from
 * outside must be usable as a file name on every system the archive may be copied to. Windows
 * reserves device names in any case, with any extension (`CON`, `nul.json`, `Com1`); Windows
 * and macOS fold case, so `Ab` and `ab` would be one file there.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i

export const isReservedName = (id: string): boolean => RESERVED.test(id)

/**
 * The ids to keep, in order: each one missing, reserved, or equal to an earlier one when case
 * is ignored gets `fresh()` instead. `renamed` maps an old id to its replacement where the old
 * id no longer names anything (a reserved id; the later of two ids differing in case), so that
 * references to it can follow; an exact repeat keeps pointing at the first holder.
 */
export function portableIds(ids: readonly (string | undefined)[], fresh: () => string): { ids: string[]; renamed: Map<string, string> } {
  const taken = new Set<string>()
  const kept = new Set<string>()
  const renamed = new Map<string, string>()
  const out = ids.map((id) => {
    if (id !== undefined && !isReservedName(id) && !taken.has(id.toLowerCase())) {
      taken.add(id.toLowerCase())
      kept.add(id)
      return id
    }
    let next = fresh()
    while (taken.has(next.toLowerCase())) next = fresh()
    taken.add(next.toLowerCase())
    if (id !== undefined && !kept.has(id) && !renamed.has(id)) renamed.set(id, next)
    return next
  })
  return { ids: out, renamed }
}
