import { compareKeys, leftSortKey, rightSortKey } from './sort-keys'

export const CONCORDANCE_SORTS = ['article', 'left', 'right'] as const
export type ConcordanceSort = (typeof CONCORDANCE_SORTS)[number]

/** What sorting needs of a line. */
export interface SortableLine {
  id: string
  title: string
  date: string | null
  start: number
  version: string
  left: string
  right: string
}

const byArticle = (collator: Intl.Collator) => (a: SortableLine, b: SortableLine) =>
  (a.date ?? '').localeCompare(b.date ?? '') ||
  collator.compare(a.title, b.title) ||
  a.id.localeCompare(b.id) ||
  a.version.localeCompare(b.version) ||
  a.start - b.start

/**
 * The lines in a new order: by article (date, then title, then place in the text), or by
 * the left or right context (ties by article). `locale` orders the words (pinyin for zh).
 */
export function sortLines<T extends SortableLine>(lines: readonly T[], sort: ConcordanceSort, locale: string, descending = false): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const article = byArticle(collator)
  const sign = descending ? -1 : 1
  if (sort === 'article') return [...lines].sort((a, b) => sign * article(a, b))
  const keyOf = sort === 'left' ? (line: T) => leftSortKey(line.left) : (line: T) => rightSortKey(line.right)
  const keyed = lines.map((line) => ({ line, key: keyOf(line) }))
  keyed.sort((a, b) => sign * (compareKeys(a.key, b.key, collator) || article(a.line, b.line)))
  return keyed.map(({ line }) => line)
}
