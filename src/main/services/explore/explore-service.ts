import { PairCounts, timeline, topGraph, type GraphNode } from '@shared/explore'
import { DEFAULT_EXPLORE_LIMIT, type ExploreData, type ExploreScope } from '@shared/ipc/explore-contract'
import { AppFailure } from '@shared/ipc/result'
import type { RegistryDoc } from '@shared/model'
import type { Archive } from '../../archive/archive'
import type { IndexedArticle, MentionIndex } from '../annotation/mention-index'
import { GraphCounts } from './graph-counts'
import { SentenceGroups } from './sentence-cache'

export interface ExploreRequest {
  entity?: string
  types?: string[]
  minWeight?: number
  limit?: number
  scope?: ExploreScope
}

/** What Explore shows of one state of the mention index and registry. */
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

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id))

/**
 * The Explore view's figures, computed in main from the mention index (which follows every
 * change) and the catalog: nothing is stored, so they are never stale. What is counted is
 * kept while the index and the registry stay the same, so moving a filter or picking another
 * entity costs only the cut and the timeline; after an edit only the changed articles are
 * counted again (`GraphCounts`), and all of them only when the registry gains or loses an entity.
 */
export class ExploreService {
  private readonly sentences: SentenceGroups
  private counted: Counted | null = null
  private graph: GraphCounts | null = null

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
    if (!this.graph || !sameSet(this.graph.known, known)) this.graph = new GraphCounts(known)
    const graph = this.graph
    graph.sync(this.index.all())
    const nodes = registry.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: graph.mentions.get(e.id) ?? 0, articles: graph.articles.get(e.id) ?? 0 }))
    this.counted = { revision, registry, nodes, pairs: { article: graph.pairs }, linked: graph.linked }
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
