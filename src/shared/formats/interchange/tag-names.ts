/**
 * A label from another tool ("Person", "geo-loc", "B-PER"'s "PER") as a tag type name of our
 * schema: upper case, letters, digits, "_" and "-", starting with a letter, at most 32.
 * Null when nothing usable is left.
 */
export function tagTypeName(label: string): string | null {
  const cleaned = label
    .trim()
    .toUpperCase()
    .replace(/\s+/g, '_')
    .replace(/[^A-Z0-9_-]/g, '')
  const name = /^[A-Z]/.test(cleaned) ? cleaned : cleaned === '' ? '' : `X${cleaned}`
  return name === '' ? null : name.slice(0, 32)
}

/** A relation label as a relation type name: lower case, letters, digits and "-". */
export function relationTypeName(label: string): string | null {
  const cleaned = label
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
  const name = /^[a-z]/.test(cleaned) ? cleaned : cleaned === '' ? '' : `r${cleaned}`
  return name === '' ? null : name.slice(0, 48)
}
