import type { TagCount } from '@shared/ipc/batch-contract'
import type { Archive } from '../../archive/archive'

/** Most used first, then by name. */
export function countTags(lists: Iterable<readonly string[]>): TagCount[] {
  const counts = new Map<string, number>()
  for (const tags of lists) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}

/**
 * The article tags of one archive, to suggest when tagging: every shard read once, on first
 * use (the catalog does not carry tags), then only the articles written since.
 */
export class ArticleTagIndex {
  private tags: Map<string, readonly string[]> | null = null
  private stale = new Set<string>()
  private readonly unwatch: () => void

  constructor(readonly archive: Archive) {
    this.unwatch = archive.onArticleWritten((id) => this.stale.add(id))
  }

  async counts(): Promise<TagCount[]> {
    if (!this.tags) {
      this.stale.clear()
      const tags = new Map<string, readonly string[]>()
      for (const { id } of this.archive.list()) await this.readInto(tags, id)
      this.tags = tags
    }
    const stale = [...this.stale]
    this.stale.clear()
    for (const id of stale) await this.readInto(this.tags, id)
    return countTags(this.tags.values())
  }

  close(): void {
    this.unwatch()
  }

  private async readInto(tags: Map<string, readonly string[]>, id: string): Promise<void> {
    // A deleted or damaged article has no tags to suggest (its damage is the archive's to report).
    const doc = this.archive.has(id) ? await this.archive.read(id).catch(() => null) : null
    if (doc && doc.article.tags.length > 0) tags.set(id, doc.article.tags)
    else tags.delete(id)
  }
}

const indexes = new WeakMap<Archive, ArticleTagIndex>()

/** The tag index of an archive, made on first use. */
export function articleTagIndex(archive: Archive): ArticleTagIndex {
  let index = indexes.get(archive)
  if (!index) indexes.set(archive, (index = new ArticleTagIndex(archive)))
  return index
}
