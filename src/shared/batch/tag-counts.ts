import type { TagCount } from '../ipc/batch-contract'

/** How many of the lists carry each tag: most used first, then by name. */
export function countTags(lists: Iterable<readonly string[]>): TagCount[] {
  const counts = new Map<string, number>()
  for (const tags of lists) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}
