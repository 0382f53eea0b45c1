import { ODD_DATE } from './article-columns'
import { newerFirst } from './record-terms'

/**
 * The first `limit` of `nums` as a stable sort newest first would give them (`nums` in the
 * order ties keep): `lang:zh` matches half the archive, and sorting them all by date strings
 * cost more than finding them. Days (YYYYMMDD, see ArticleColumns) give the cut — every
 * article at least as new as the limit-th — and only those are sorted by their full dates.
 * An odd date (not YYYY-MM-DD) among them: everything is sorted by date strings.
 */
export function newestFirst(nums: readonly number[], limit: number, day: (num: number) => number, date: (num: number) => string | null): number[] {
  if (limit <= 0) return []
  const byDate = (a: number, b: number) => newerFirst(date(a), date(b))
  const days = Int32Array.from(nums, day)
  if (days.includes(ODD_DATE)) return [...nums].sort(byDate).slice(0, limit)
  if (nums.length <= limit) return [...nums].sort(byDate)
  const cut = (days.slice().sort() as Int32Array)[days.length - limit] as number
  return nums.filter((_, i) => (days[i] as number) >= cut).sort(byDate).slice(0, limit)
}
