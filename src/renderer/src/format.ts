/** Dates, numbers and language names in the interface language, through Intl. */

const dateOnly = /^\d{4}-\d{2}-\d{2}$/

// Building an Intl formatter costs far more than using one; the library formats thousands.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>()
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined
  if (!formatter) {
    formatter = make()
    cache.set(key, formatter)
  }
  return formatter
}

export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return ''
  const bare = dateOnly.test(value)
  // A bare date is a calendar day, not a UTC midnight: format it in UTC so it never shifts.
  const date = new Date(bare ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  const formatter = cached(`date:${locale}:${bare}`, () =>
    new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', ...(bare ? { timeZone: 'UTC' } : {}) })
  )
  return formatter.format(date)
}

export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return cached(`datetime:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(date)
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value)
}

/** "2K", "1.2万": a count where space is short (a tab label). */
export function formatCompact(value: number, locale: string): string {
  return cached(`compact:${locale}`, () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })).format(value)
}

/** "12.5 MB": a file's size, one decimal. */
export function formatMegabytes(bytes: number, locale: string): string {
  return cached(`megabytes:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1, minimumFractionDigits: 1 })).format(bytes / (1024 * 1024))
}

export function formatPercent(value: number, locale: string): string {
  return cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent' })).format(value)
}

export function languageName(tag: string, locale: string): string {
  const names = cached(`language:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' }))
  try {
    return names.of(tag) ?? tag
  } catch {
    return tag
  }
}
