/** Month names in the interface language (a YYYY-MM is a calendar month: formatted in UTC, never shifted). */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, style: 'long' | 'short' | 'year'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`
  let found = formatters.get(key)
  if (!found) {
    const options: Intl.DateTimeFormatOptions = style === 'year' ? { year: 'numeric' } : style === 'long' ? { year: 'numeric', month: 'long' } : { month: 'short' }
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formatters.set(key, found)
  }
  return found
}

const dateOf = (month: string) => new Date(`${month}-01T00:00:00Z`)

/** "March 2024" / "2024年3月" */
export const monthName = (month: string, locale: string) => formatter(locale, 'long').format(dateOf(month))
/** "Mar" / "3月" */
export const monthShort = (month: string, locale: string) => formatter(locale, 'short').format(dateOf(month))
/** "2024" / "2024年" */
export const yearName = (month: string, locale: string) => formatter(locale, 'year').format(dateOf(month))
