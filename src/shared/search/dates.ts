/** `date:` values: 2023, 2023-03, 2023-03-05, and ranges of them with `..` (either end open). */

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

function validPart(part: string): boolean {
  const match = PART.exec(part)
  if (!match) return false
  const month = match[2] === undefined ? 1 : Number(match[2])
  const day = match[3] === undefined ? 1 : Number(match[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/** The range a `date:` value names, or null when it is not one. */
export function parseDateRange(value: string): { from: string | null; to: string | null } | null {
  const dots = value.indexOf('..')
  if (dots < 0) return validPart(value) ? { from: value, to: value } : null
  const from = value.slice(0, dots)
  const to = value.slice(dots + 2)
  if (from === '' && to === '') return null
  if ((from !== '' && !validPart(from)) || (to !== '' && !validPart(to))) return null
  // Compare on the shorter precision: 2023-03..2023 is fine, 2024..2023-05 is reversed.
  if (from !== '' && to !== '') {
    const width = Math.min(from.length, to.length)
    if (from.slice(0, width) > to.slice(0, width)) return null
  }
  return { from: from || null, to: to || null }
}

/** True when an ISO date (YYYY-MM-DD, maybe with a time) lies in the range. */
export function dateInRange(date: string | null, from: string | null, to: string | null): boolean {
  if (!date) return false
  if (from !== null && date.slice(0, from.length) < from) return false
  if (to !== null && date.slice(0, to.length) > to) return false
  return true
}
