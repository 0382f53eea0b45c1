const pad = (n: string): string => n.padStart(2, '0')

function validDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
}

/**
 * A stated date as ISO 8601, or null when it is not recognisably one. Accepts ISO dates and
 * date-times as they are, 2023/3/6, 2023.03.06, 2023年3月6日 (optionally followed by a time
 * such as 10:30), and anything `Date.parse` reads unambiguously with a four-digit year
 * (e.g. "March 6, 2023", RFC 2822), which is reduced to its calendar day.
 */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s)
  if (iso) return validDay(iso[1]!, iso[2]!, iso[3]!) ? s : null
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s)
  if (ymd) {
    const [, y, m, d, hh, mm, ss] = ymd
    if (!validDay(y!, m!, d!)) return null
    const day = `${y}-${pad(m!)}-${pad(d!)}`
    return hh === undefined ? day : `${day}T${pad(hh)}:${mm}:${ss ?? '00'}`
  }
  if (!/\b\d{4}\b/.test(s)) return null
  const ms = Date.parse(s)
  if (Number.isNaN(ms)) return null
  // Read in local time: "March 6, 2023" is local midnight, whose UTC day may be the 5th.
  const date = new Date(ms)
  return `${date.getFullYear()}-${pad(String(date.getMonth() + 1))}-${pad(String(date.getDate()))}`
}
