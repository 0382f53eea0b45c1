import type { ArticleDoc } from '@shared/model'
import type { Archive } from '../../archive/archive'

/** What the index keeps of one annotation: enough for counts, usage and finding mentions. */
export interface IndexedAnnotation {
  id: string
  type: string
  entity: string | null
  /** The mention's text: a linked one is a name of its entity that suggestions look for. */
  exact: string
  /** Language of the text version the annotation is on (an entity's rendering in that language). */
  lang?: string
}

export interface IndexedArticle {
  id: string
  title: string
  date: string | null
  annotations: IndexedAnnotation[]
}

const READ_BATCH = 16

/**
 * Which article mentions which entity, and which annotation types are in use, across the
 * archive. Built lazily on first use from the shards that have annotations at all (the
 * catalog's annotationCount), then kept current by `put` for every article this process
 * changes. An article whose catalog count no longer matches (imported or edited elsewhere)
 * is read again on the next use, so the index never needs a scan of every shard.
 */
export class MentionIndex {
  private readonly articles = new Map<string, IndexedArticle>()
  private readonly counts = new Map<string, number>()
  private changes = 0

  constructor(private readonly archive: Archive) {}

  /** Brings the index up to date with the catalog; reads only shards that changed. */
  async ensure(): Promise<void> {
    const summaries = this.archive.list()
    const listed = new Set<string>()
    const stale: string[] = []
    for (const summary of summaries) {
      listed.add(summary.id)
      const known = this.articles.get(summary.id)
      const count = known?.annotations.length ?? 0
      if (count !== summary.annotationCount) stale.push(summary.id)
    }
    for (const id of [...this.articles.keys()]) if (!listed.has(id)) this.remove(id)
    for (let i = 0; i < stale.length; i += READ_BATCH) {
      const docs = await Promise.all(stale.slice(i, i + READ_BATCH).map((id) => this.archive.read(id).catch(() => null)))
      for (const doc of docs) if (doc) this.put(doc)
    }
  }

  /** Records an article as it is now (after a change, or when read). */
  put(doc: ArticleDoc): void {
    this.remove(doc.article.id)
    if (doc.annotations.length === 0) return
    const entry: IndexedArticle = {
      id: doc.article.id,
      title: doc.article.title,
      date: doc.article.date,
      annotations: doc.annotations.map(({ id, type, entity, target }) => ({
        id,
        type,
        entity,
        exact: target.quote.exact,
        lang: doc.versions.find((v) => v.id === target.source)?.lang
      }))
    }
    this.articles.set(entry.id, entry)
    this.adjust(entry, 1)
  }

  /** Grows with every change the index follows: what was derived from it may be stale. */
  get revision(): number {
    return this.changes
  }

  /** How each of `entities` is written in `lang` across the archive: its linked mentions' distinct texts. */
  renderings(entities: ReadonlySet<string>, lang: string): Record<string, string[]> {
    const found = new Map<string, Set<string>>()
    const wanted = lang.toLowerCase()
    for (const article of this.articles.values()) {
      for (const a of article.annotations) {
        if (a.entity === null || !entities.has(a.entity) || a.lang?.toLowerCase() !== wanted) continue
        const set = found.get(a.entity) ?? new Set<string>()
        set.add(a.exact)
        found.set(a.entity, set)
      }
    }
    return Object.fromEntries([...found].map(([id, texts]) => [id, [...texts].sort()]))
  }

  /** The texts of the mentions linked to each entity, across the archive. */
  linkedNames(): Map<string, Set<string>> {
    const names = new Map<string, Set<string>>()
    for (const article of this.articles.values()) {
      for (const { entity, exact } of article.annotations) {
        if (entity === null) continue
        let set = names.get(entity)
        if (!set) names.set(entity, (set = new Set()))
        set.add(exact)
      }
    }
    return names
  }

  mentionCount(entity: string): number {
    return this.counts.get(entity) ?? 0
  }

  /** Articles with at least one annotation linked to `entity`. */
  articlesMentioning(entity: string): IndexedArticle[] {
    return [...this.articles.values()].filter((a) => a.annotations.some((n) => n.entity === entity))
  }

  /** Every indexed article (those with annotations). */
  all(): IterableIterator<IndexedArticle> {
    return this.articles.values()
  }

  /** Annotations per type across the archive. */
  typeUsage(): Record<string, number> {
    const usage: Record<string, number> = {}
    for (const article of this.articles.values()) for (const a of article.annotations) usage[a.type] = (usage[a.type] ?? 0) + 1
    return usage
  }

  private remove(id: string): void {
    this.changes++
    const old = this.articles.get(id)
    if (!old) return
    this.adjust(old, -1)
    this.articles.delete(id)
  }

  private adjust(article: IndexedArticle, sign: 1 | -1): void {
    for (const { entity } of article.annotations) {
      if (entity === null) continue
      const next = (this.counts.get(entity) ?? 0) + sign
      if (next === 0) this.counts.delete(entity)
      else this.counts.set(entity, next)
    }
  }
}
