import { PairCounts, timeline, topGraph, type GraphNode } from '@shared/explore'
import { DEFAULT_EXPLORE_LIMIT, type ExploreData, type ExploreScope } from '@shared/ipc/explore-contract'
import { AppFailure } from '@shared/ipc/result'
import type { RegistryDoc } from '@shared/model'
import type { Archive } from '../../archive/archive'
import type { IndexedArticle, MentionIndex } from '../annotation/mention-index'
import { SentenceGroups } from './sentence-cache'

export interface ExploreRequest {
  entity?: string
  types?: string[]
  minWeight?: number
  limit?: number
  scope?: ExploreScope
}

/** Everything counted in one pass over the mention index, for one state of the index and registry. */
interface Counted {
  revision: number
  registry: RegistryDoc
  /** Every registry entity with its mentions and articles. */
  nodes: GraphNode[]
  /** Pairs in the same article; in the same sentence once asked for. */
  pairs: { article: PairCounts; sentence?: PairCounts }
  /** Linked mentions per article, of any entity. */
  linked: Map<string, number>
}

/**
 * The Explore view's figures, computed in main from the mention index (which follows every
 * change) and the catalog: nothing is stored, so they are never stale. What is counted is
 * kept while the index and the registry stay the same, so moving a filter or picking another
 * entity costs only the cut and the timeline.
 */
export class ExploreService {
  private readonly sentences: SentenceGroups
  private counted: Counted | null = null

  constructor(
    private readonly archive: Archive,
    private readonly index: MentionIndex
  ) {
    this.sentences = new SentenceGroups(archive)
  }

  async explore(request: ExploreRequest): Promise<ExploreData> {
    await this.index.ensure()
    const registry = this.archive.registry()
    const entity = request.entity ?? null
    if (entity !== null && !registry.entities.some((e) => e.id === entity)) {
      throw new AppFailure('entity.notFound', `No entity "${entity}" in the registry`, { id: entity }, 'entity')
    }
    const counted = this.count(registry)
    const pairs = request.scope === 'sentence' ? await this.sentencePairs(counted) : counted.pairs.article
    const graph = topGraph(counted.nodes, pairs, { types: request.types, minWeight: request.minWeight, limit: request.limit ?? DEFAULT_EXPLORE_LIMIT, keep: entity })
    const mentions = entity === null ? counted.linked : this.mentionsOf(entity)
    const months = timeline(this.archive.list().map((summary) => ({ date: summary.date, mentions: mentions.get(summary.id) ?? 0 })))
    return { ...months, entity, ...graph }
  }

  private count(registry: RegistryDoc): Counted {
    const revision = this.index.revision
    if (this.counted && this.counted.revision === revision && this.counted.registry === registry) return this.counted
    const known = new Set(registry.entities.map((e) => e.id))
    const mentions = new Map<string, number>()
    const articles = new Map<string, number>()
    const linked = new Map<string, number>()
    const pairs = new PairCounts()
    for (const article of this.index.all()) {
      const own = new Map<string, number>()
      for (const { entity } of article.annotations) if (entity !== null && known.has(entity)) own.set(entity, (own.get(entity) ?? 0) + 1)
      if (own.size === 0) continue
      let total = 0
      for (const [entity, count] of own) {
        total += count
        mentions.set(entity, (mentions.get(entity) ?? 0) + count)
        articles.set(entity, (articles.get(entity) ?? 0) + 1)
      }
      linked.set(article.id, total)
      pairs.countGroup(own.keys())
    }
    const nodes = registry.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: mentions.get(e.id) ?? 0, articles: articles.get(e.id) ?? 0 }))
    this.counted = { revision, registry, nodes, pairs: { article: pairs }, linked }
    return this.counted
  }

  /** One entity's linked mentions per article (a pass over the index: cheaper than keeping them all apart). */
  private mentionsOf(entity: string): Map<string, number> {
    const mentions = new Map<string, number>()
    for (const article of this.index.all()) {
      let count = 0
      for (const a of article.annotations) if (a.entity === entity) count++
      if (count > 0) mentions.set(article.id, count)
    }
    return mentions
  }

  /** Pairs in the same sentence: the shards of articles naming two entities or more are read (once each, see SentenceGroups). */
  private async sentencePairs(counted: Counted): Promise<PairCounts> {
    if (counted.pairs.sentence) return counted.pairs.sentence
    const known = new Set(counted.registry.entities.map((e) => e.id))
    const several = (article: IndexedArticle) => new Set(article.annotations.map((a) => a.entity).filter((e) => e !== null && known.has(e))).size > 1
    const pairs = new PairCounts()
    for (const groups of await this.sentences.of([...this.index.all()].filter(several))) {
      for (const group of groups) pairs.countGroup(group.filter((id) => known.has(id)))
    }
    counted.pairs.sentence = pairs
    return pairs
  }
}
