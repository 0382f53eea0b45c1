/** Articles and mentions per calendar month: the Explore view's timeline (issue 14). */

export interface MonthFigure {
  /** YYYY-MM */
  month: string
  articles: number
  mentions: number
}

export interface Timeline {
  /** Every month from the earliest to the latest dated article, empty months included. */
  months: MonthFigure[]
  /** Articles without a usable date, and the mentions in them: counted apart. */
  undated: { articles: number; mentions: number }
}

/** What the timeline needs of one article: its date and how many mentions it holds. */
export interface DatedCount {
  date: string | null
  mentions: number
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])/

/** The YYYY-MM of an ISO date (YYYY-MM-DD, maybe with a time); null when there is none. */
export function monthOf(date: string | null | undefined): string | null {
  const match = date ? MONTH.exec(date) : null
  return match ? `${match[1]}-${match[2]}` : null
}

/** The month after a YYYY-MM. */
function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`
}

/** Every month from `first` to `last` inclusive (empty when `first` is after `last`). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m)
  return months
}

/**
 * Counts articles per month over the archive's whole date range, and beside them the
 * mentions each article holds (the selected entity's, or whatever the caller counts).
 */
export function timeline(articles: Iterable<DatedCount>): Timeline {
  const byMonth = new Map<string, { articles: number; mentions: number }>()
  const undated = { articles: 0, mentions: 0 }
  for (const { date, mentions } of articles) {
    const month = monthOf(date)
    const figure = month === null ? undated : byMonth.get(month) ?? { articles: 0, mentions: 0 }
    figure.articles++
    figure.mentions += mentions
    if (month !== null) byMonth.set(month, figure)
  }
  if (byMonth.size === 0) return { months: [], undated }
  const keys = [...byMonth.keys()].sort()
  const months = monthsBetween(keys[0]!, keys[keys.length - 1]!).map((month) => ({ month, articles: 0, mentions: 0, ...byMonth.get(month) }))
  return { months, undated }
}
