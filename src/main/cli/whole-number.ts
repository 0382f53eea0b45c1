import type { ParsedValues } from './command'

/** A whole number from `min` to `max` given as an option, the default when absent, or null when malformed. */
export function wholeNumber(value: ParsedValues[string], fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return null
  const n = Number(value)
  return n >= min && n <= max ? n : null
}
