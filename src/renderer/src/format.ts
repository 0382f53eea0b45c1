/** Dates, numbers and language names in the interface language, through Intl. */

const dateOnly = /^\d{4}-\d{2}-\d{2}$/

export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return ''
  // A bare date is a calendar day, not a UTC midnight: format it in UTC so it never shifts.
  const date = new Date(dateOnly.test(value) ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(dateOnly.test(value) ? { timeZone: 'UTC' } : {})
  }).format(date)
}

export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value)
}

const languageNames = new Map<string, Intl.DisplayNames>()

export function languageName(tag: string, locale: string): string {
  let names = languageNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language' })
    languageNames.set(locale, names)
  }
  try {
    return names.of(tag) ?? tag
  } catch {
    return tag
  }
}
